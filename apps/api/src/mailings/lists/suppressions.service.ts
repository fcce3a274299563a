import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SuppressionReason } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { SignedInUser } from '../../core/auth/request-auth';
import { escapeLike } from '../../core/database/sql';
import { Connection, decodeCursor, toConnection } from '../../core/graphql/pagination';
import { SuppressAddressInput, SuppressionsArgs } from '../mailings.inputs';
import { SuppressionEntity } from '../suppression.entity';
import { ConsentLedger } from './consent-ledger.service';
import { listsError, ListsErrorCode } from './lists.errors';

const CURSOR_TIME = `to_char(suppression.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Addresses that receive no mailing at all, as staff read and correct them. */
@Injectable()
export class SuppressionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: ConsentLedger,
  ) {}

  async list({ first, after, search }: SuppressionsArgs): Promise<Connection<SuppressionEntity>> {
    const query = this.dataSource.getRepository(SuppressionEntity).createQueryBuilder('suppression');
    // citext: ILIKE-like matching without lower() on either side.
    if (search?.trim()) query.andWhere(`suppression.address LIKE '%' || :search || '%'`, { search: escapeLike(search.trim()) });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [createdAt, address] = decodeCursor(after, 2);
      query.andWhere('(suppression.createdAt, suppression.address::text) < (CAST(:createdAt AS timestamptz), :address)', { createdAt, address });
    }
    const { entities, raw } = await query
      .addSelect(CURSOR_TIME, 'cursor_time')
      .orderBy('suppression.createdAt', 'DESC')
      .addOrderBy('suppression.address::text', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ cursor_time: string }>();
    const rows = entities.map((entity, index) => ({ entity, cursorTime: raw[index].cursor_time }));
    return toConnection(rows, first, totalCount, (row) => [row.cursorTime, row.entity.address], (row) => row.entity);
  }

  suppress(actor: SignedInUser, input: SuppressAddressInput): Promise<SuppressionEntity> {
    return this.dataSource.transaction((manager) =>
      this.ledger.suppress(manager, { address: input.address, reason: SuppressionReason.MANUAL, detail: input.detail ?? null, actorId: actor.id }),
    );
  }

  /** True when the address was suppressed and no longer is. */
  unsuppress(actor: SignedInUser, address: string): Promise<boolean> {
    const trimmed = address.trim();
    if (!trimmed || trimmed.length > 320) throw listsError(ListsErrorCode.NOT_AN_ADDRESS);
    return this.dataSource.transaction((manager) => this.ledger.unsuppress(manager, trimmed, actor.id));
  }
}
