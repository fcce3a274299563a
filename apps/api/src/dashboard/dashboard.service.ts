import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CampaignStatus, Stance, TaskStatus } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { SignedInUser } from '../core/auth/request-auth';
import { visibleInteractionsSql } from '../interactions/interaction-visibility';
import { InteractionEntity } from '../interactions/interaction.entity';
import { TaskEntity } from '../tasks/task.entity';
import { DashboardModel } from './dashboard.model';

const LIMIT = 20;

/** The staff dashboard: a fixed number of statements whatever the data size (aggregates, not per-row queries). */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forViewer(viewer: SignedInUser): Promise<DashboardModel> {
    const campaigns = await this.dataSource
      .getRepository(CampaignEntity)
      .createQueryBuilder('campaign')
      .where('campaign.status = :active', { active: CampaignStatus.ACTIVE })
      .orderBy('campaign.updatedAt', 'DESC')
      .limit(LIMIT)
      .getMany();
    const ids = campaigns.map((campaign) => campaign.id);
    const [stances, tasks, interactions] = ids.length
      ? await Promise.all([
          this.dataSource.query('SELECT campaign_id, stance, count(*)::int AS count FROM targets WHERE campaign_id = ANY($1::uuid[]) GROUP BY 1, 2', [ids]),
          this.dataSource.query(
            `SELECT campaign_id, count(*) FILTER (WHERE status <> 'DONE')::int AS open, count(*) FILTER (WHERE status = 'DONE')::int AS done
               FROM tasks WHERE campaign_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY 1`,
            [ids],
          ),
          // One top-1 probe per campaign into interactions_campaign_recent_idx, instead of reading every interaction.
          this.dataSource.query(
            `SELECT k.id AS campaign_id,
                    (SELECT i.occurred_at FROM interactions i WHERE i.campaign_id = k.id AND i.deleted_at IS NULL ORDER BY i.occurred_at DESC LIMIT 1) AS last
               FROM unnest($1::uuid[]) k(id)`,
            [ids],
          ),
        ])
      : [[], [], []];
    const visible = visibleInteractionsSql(viewer);
    const [overdueTasks, recentInteractions] = await Promise.all([
      this.dataSource
        .getRepository(TaskEntity)
        .createQueryBuilder('task')
        .where('task.status <> :done AND task.dueDate < CURRENT_DATE', { done: TaskStatus.DONE })
        .orderBy('task.dueDate', 'ASC')
        .limit(LIMIT)
        .getMany(),
      this.dataSource.getRepository(InteractionEntity).createQueryBuilder('interaction').where(visible.sql, visible.parameters).orderBy('interaction.occurredAt', 'DESC').limit(10).getMany(),
    ]);
    return {
      activeCampaigns: campaigns.map((campaign) => ({
        campaign,
        targetsByStance: (stances as { campaign_id: string; stance: Stance; count: number }[])
          .filter((row) => row.campaign_id === campaign.id)
          .map(({ stance, count }) => ({ stance, count })),
        tasksOpen: (tasks as { campaign_id: string; open: number }[]).find((row) => row.campaign_id === campaign.id)?.open ?? 0,
        tasksDone: (tasks as { campaign_id: string; done: number }[]).find((row) => row.campaign_id === campaign.id)?.done ?? 0,
        lastInteractionAt: (interactions as { campaign_id: string; last: Date }[]).find((row) => row.campaign_id === campaign.id)?.last ?? null,
      })),
      overdueTasks,
      recentInteractions,
    };
  }
}
