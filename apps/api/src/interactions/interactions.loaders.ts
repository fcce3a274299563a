import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, Repository } from 'typeorm';
import { LoaderFactory, loaderOfLists } from '../core/graphql/request-loaders';
import { TaskEntity } from '../tasks/task.entity';
import { CommitmentEntity, InteractionContactEntity, InteractionInstitutionEntity, InteractionParticipantEntity } from './interaction.entity';

export interface InteractionsLoaderSet {
  contacts: DataLoader<string, InteractionContactEntity[]>;
  institutions: DataLoader<string, InteractionInstitutionEntity[]>;
  participants: DataLoader<string, InteractionParticipantEntity[]>;
  commitments: DataLoader<string, CommitmentEntity[]>;
  /** Tasks logged with the interaction, oldest first, whoever may see them (filter per viewer). */
  followUpTasks: DataLoader<string, TaskEntity[]>;
  /** When the alliance last met a contact (any interaction), or null. */
  lastReachedContact: DataLoader<string, Date | null>;
  lastReachedInstitution: DataLoader<string, Date | null>;
}

@Injectable()
export class InteractionsLoaders implements LoaderFactory<InteractionsLoaderSet> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InteractionContactEntity) private readonly contacts: Repository<InteractionContactEntity>,
    @InjectRepository(InteractionInstitutionEntity) private readonly institutions: Repository<InteractionInstitutionEntity>,
    @InjectRepository(InteractionParticipantEntity) private readonly participants: Repository<InteractionParticipantEntity>,
    @InjectRepository(CommitmentEntity) private readonly commitmentRows: Repository<CommitmentEntity>,
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
  ) {}

  createLoaders(): InteractionsLoaderSet {
    return {
      contacts: loaderOfLists((ids) => this.contacts.findBy({ interactionId: In([...ids]) }), 'interactionId'),
      institutions: loaderOfLists((ids) => this.institutions.findBy({ interactionId: In([...ids]) }), 'interactionId'),
      participants: loaderOfLists((ids) => this.participants.findBy({ interactionId: In([...ids]) }), 'interactionId'),
      commitments: loaderOfLists((ids) => this.commitmentRows.find({ where: { interactionId: In([...ids]) }, order: { madeAt: 'ASC' } }), 'interactionId'),
      followUpTasks: loaderOfLists(
        (ids) => this.tasks.find({ where: { interactionId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }),
        'interactionId',
      ) as DataLoader<string, TaskEntity[]>,
      lastReachedContact: this.lastReached('interaction_contacts', 'contact_id'),
      lastReachedInstitution: this.lastReached('interaction_institutions', 'institution_id'),
    };
  }

  private lastReached(table: string, column: string): DataLoader<string, Date | null> {
    return new DataLoader(async (ids) => {
      // Newest link first from (key, occurred_at): usually the first one probed is live, so this reads a row per key.
      const rows: { key: string; last: Date | null }[] = await this.dataSource.query(
        `SELECT k.id AS key,
                (SELECT link.occurred_at FROM ${table} link JOIN interactions i ON i.id = link.interaction_id AND i.deleted_at IS NULL
                  WHERE link.${column} = k.id ORDER BY link.occurred_at DESC LIMIT 1) AS last
           FROM unnest($1::uuid[]) k(id)`,
        [[...ids]],
      );
      const byKey = new Map(rows.map((row) => [row.key, row.last]));
      return ids.map((id) => byKey.get(id) ?? null);
    });
  }
}
