import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeliveryStatus } from '@alliance/domain';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { LoaderFactory } from '../../core/graphql/request-loaders';
import { execute } from './sql-result';

/** Deliveries of one mailing counted by state, with opens and clicks. */
export interface DeliveryCounts {
  byStatus: Map<DeliveryStatus, number>;
  opened: number;
  clicked: number;
}

export interface SendingLoaderSet {
  /** By mailing id: one GROUP BY for every mailing of a page. */
  deliveryCounts: DataLoader<string, DeliveryCounts>;
}

/** Counts deliveries of many mailings in one statement. */
export async function countDeliveries(dataSource: DataSource, mailingIds: readonly string[]): Promise<Map<string, DeliveryCounts>> {
  const { rows } = await execute<{ mailing_id: string; status: DeliveryStatus; count: number; opened: number; clicked: number }>(
    dataSource,
    `SELECT mailing_id, status, count(*)::integer AS count, count(opened_at)::integer AS opened, count(clicked_at)::integer AS clicked
       FROM deliveries
      WHERE mailing_id = ANY($1::uuid[])
      GROUP BY mailing_id, status`,
    [mailingIds],
  );
  const counts = new Map<string, DeliveryCounts>(mailingIds.map((id) => [id, { byStatus: new Map(), opened: 0, clicked: 0 }]));
  for (const row of rows) {
    const of = counts.get(row.mailing_id)!;
    of.byStatus.set(row.status, row.count);
    of.opened += row.opened;
    of.clicked += row.clicked;
  }
  return counts;
}

@Injectable()
export class SendingLoaders implements LoaderFactory<SendingLoaderSet> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  createLoaders(): SendingLoaderSet {
    return {
      deliveryCounts: new DataLoader(async (ids) => {
        const counts = await countDeliveries(this.dataSource, ids);
        return ids.map((id) => counts.get(id)!);
      }),
    };
  }
}
