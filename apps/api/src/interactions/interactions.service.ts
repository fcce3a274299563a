import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommitmentStatus, Confidentiality, Priority, TaskStatus } from '@alliance/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { DocumentEntity, InteractionDocumentEntity } from '../documents/document.entity';
import { ContactEntity } from '../contacts/contact.entity';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { Connection, decodeCursor, toConnection } from '../core/graphql/pagination';
import { InstitutionEntity } from '../institutions/institution.entity';
import { INSTITUTION_AND_SEAT_HOLDERS_SUBTREE_SQL } from '../institutions/institutions.service';
import { TaskEntity } from '../tasks/task.entity';
import { visibleInteractionsSql } from './interaction-visibility';
import {
  CommitmentEntity,
  InteractionContactEntity,
  InteractionEntity,
  InteractionInstitutionEntity,
  InteractionParticipantEntity,
} from './interaction.entity';
import { commitmentByStranger, commitmentNotFound, unknownCampaign, unknownListItem } from './interactions.errors';
import { InteractionsArgs, LogInteractionInput, UpdateCommitmentInput } from './interactions.inputs';

@Injectable()
export class InteractionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A timeline (a contact's, an institution's with its children, a campaign's), newest first. */
  async timeline(viewer: SignedInUser, { first, after, filter }: InteractionsArgs): Promise<Connection<InteractionEntity>> {
    const visible = visibleInteractionsSql(viewer);
    const query = this.dataSource.getRepository(InteractionEntity).createQueryBuilder('interaction').where(visible.sql, visible.parameters);
    if (filter?.contactId) {
      query.andWhere('EXISTS (SELECT 1 FROM interaction_contacts c WHERE c.interaction_id = interaction.id AND c.contact_id = :contactId)', {
        contactId: filter.contactId,
      });
    }
    if (filter?.institutionId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM interaction_institutions i WHERE i.interaction_id = interaction.id AND i.institution_id IN (${INSTITUTION_AND_SEAT_HOLDERS_SUBTREE_SQL}))`,
        { rootInstitutionId: filter.institutionId },
      );
    }
    if (filter?.campaignId) query.andWhere('interaction.campaignId = :campaignId', { campaignId: filter.campaignId });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [occurredAt, id] = decodeCursor(after, 2);
      query.andWhere('(interaction.occurredAt, interaction.id) < (:occurredAt, :id)', { occurredAt, id });
    }
    const rows = await query.orderBy('interaction.occurredAt', 'DESC').addOrderBy('interaction.id', 'DESC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (row) => [row.occurredAt.toISOString(), row.id], (row) => row);
  }

  /** One interaction, by the same visibility rules as the timeline; null when missing or hidden from the viewer. */
  findVisible(viewer: SignedInUser, id: string): Promise<InteractionEntity | null> {
    const visible = visibleInteractionsSql(viewer);
    return this.dataSource
      .getRepository(InteractionEntity)
      .createQueryBuilder('interaction')
      .where('interaction.id = :id', { id })
      .andWhere(visible.sql, visible.parameters)
      .getOne();
  }

  /** Logs the interaction with everyone met, commitments and follow-up tasks: all or nothing. */
  log(actor: SignedInUser, input: LogInteractionInput): Promise<InteractionEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkReferences(manager, input);
      const interaction = manager.create(InteractionEntity, {
        kind: input.kind,
        occurredAt: input.occurredAt,
        campaignId: input.campaignId ?? null,
        subject: input.subject ?? null,
        summary: input.summary ?? null,
        outcome: input.outcome ?? null,
        confidentiality: input.confidentiality,
        createdById: actor.id,
      });
      await manager.save(interaction);
      const contactIds = [...new Set(input.contactIds)];
      if (contactIds.length) await manager.insert(InteractionContactEntity, contactIds.map((contactId) => ({ interactionId: interaction.id, contactId, occurredAt: interaction.occurredAt })));
      const institutionIds = await this.institutionsMet(manager, contactIds, input.institutionIds ?? [], input.occurredAt);
      if (institutionIds.length) {
        await manager.insert(InteractionInstitutionEntity, institutionIds.map((institutionId) => ({ interactionId: interaction.id, institutionId, occurredAt: interaction.occurredAt })));
      }
      const userIds = [...new Set([actor.id, ...(input.participantUserIds ?? [])])];
      await manager.insert(InteractionParticipantEntity, [
        ...userIds.map((userId) => ({ interactionId: interaction.id, userId, organisationId: null })),
        ...[...new Set(input.participantOrganisationIds ?? [])].map((organisationId) => ({ interactionId: interaction.id, userId: null, organisationId })),
      ]);
      const documentIds = [...new Set(input.documentIds ?? [])];
      if (documentIds.length) await manager.insert(InteractionDocumentEntity, documentIds.map((documentId) => ({ interactionId: interaction.id, documentId })));
      for (const commitment of input.commitments ?? []) {
        await manager.insert(CommitmentEntity, {
          interactionId: interaction.id,
          contactId: commitment.contactId,
          campaignId: interaction.campaignId,
          description: commitment.description,
          dueDate: commitment.dueDate ?? null,
          status: CommitmentStatus.MADE,
        });
      }
      const loggedAt = Date.now();
      for (const [index, task] of (input.followUpTasks ?? []).entries()) {
        const created = manager.create(TaskEntity, {
          // One transaction gives every row the same now(): a millisecond apart, the tasks keep the form's order.
          createdAt: new Date(loggedAt + index),
          title: task.title,
          description: null,
          campaignId: interaction.campaignId,
          assigneeUserId: task.assigneeUserId ?? (task.assigneeOrganisationId ? null : actor.id),
          assigneeOrganisationId: task.assigneeOrganisationId ?? null,
          dueDate: task.dueDate ?? null,
          priority: task.priority ?? Priority.MEDIUM,
          status: TaskStatus.TODO,
          createdById: actor.id,
          interactionId: interaction.id,
          completedAt: null,
        });
        await manager.save(created);
        await this.audit.record(manager, { actorId: actor.id, action: 'task.create', entityType: 'task', entityId: created.id, changes: [{ field: 'interactionId', from: null, to: interaction.id }] });
      }
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'interaction.log',
        entityType: 'interaction',
        entityId: interaction.id,
        changes: [
          ...this.audit.changesBetween(null, interaction, ['kind', 'occurredAt', 'campaignId', 'subject', 'confidentiality']),
          { field: 'contactIds', from: null, to: contactIds },
          { field: 'institutionIds', from: null, to: institutionIds },
          ...(documentIds.length ? [{ field: 'documentIds', from: null, to: documentIds }] : []),
        ],
      });
      return interaction;
    });
  }

  updateCommitment(actor: SignedInUser, input: UpdateCommitmentInput): Promise<CommitmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const commitment = await manager.findOne(CommitmentEntity, { where: { id: input.commitmentId }, lock: { mode: 'pessimistic_write' } });
      if (!commitment) throw commitmentNotFound();
      const before = { ...commitment };
      commitment.status = input.status;
      await manager.save(commitment);
      await this.audit.record(manager, { actorId: actor.id, action: 'commitment.update', entityType: 'commitment', entityId: commitment.id, changes: this.audit.changesBetween(before, commitment, ['status']) });
      return commitment;
    });
  }

  /** Open commitments of a campaign, soonest due first. */
  openCommitments(campaignId: string, overdueOnly: boolean): Promise<CommitmentEntity[]> {
    const query = this.dataSource
      .getRepository(CommitmentEntity)
      .createQueryBuilder('commitment')
      .where('commitment.campaignId = :campaignId AND commitment.status IN (:...open)', { campaignId, open: [CommitmentStatus.MADE, CommitmentStatus.IN_PROGRESS] });
    if (overdueOnly) query.andWhere('commitment.dueDate < CURRENT_DATE');
    return query.orderBy('commitment.dueDate', 'ASC', 'NULLS LAST').getMany();
  }

  /** Reading a restricted interaction's notes is itself audited. */
  async auditRestrictedRead(viewer: SignedInUser, interaction: InteractionEntity): Promise<void> {
    if (interaction.confidentiality !== Confidentiality.RESTRICTED) return;
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { actorId: viewer.id, action: 'interaction.read-restricted', entityType: 'interaction', entityId: interaction.id }),
    );
  }

  private async checkReferences(manager: EntityManager, input: LogInteractionInput): Promise<void> {
    const contacts = new Set((await manager.findBy(ContactEntity, { id: In(input.contactIds) })).map((contact) => contact.id));
    const missingContact = input.contactIds.findIndex((id) => !contacts.has(id));
    if (missingContact >= 0) throw unknownListItem('contactIds', missingContact, 'a contact');
    const institutionIds = input.institutionIds ?? [];
    const institutions = new Set((await manager.findBy(InstitutionEntity, { id: In(institutionIds) })).map((institution) => institution.id));
    const missingInstitution = institutionIds.findIndex((id) => !institutions.has(id));
    if (missingInstitution >= 0) throw unknownListItem('institutionIds', missingInstitution, 'an institution');
    const documentIds = input.documentIds ?? [];
    const documents = new Set((await manager.findBy(DocumentEntity, { id: In(documentIds) })).map((document) => document.id));
    const missingDocument = documentIds.findIndex((id) => !documents.has(id));
    if (missingDocument >= 0) throw unknownListItem('documentIds', missingDocument, 'a document');
    if (input.campaignId && !(await manager.existsBy(CampaignEntity, { id: input.campaignId }))) throw unknownCampaign();
    const stranger = (input.commitments ?? []).findIndex((commitment) => !input.contactIds.includes(commitment.contactId));
    if (stranger >= 0) throw commitmentByStranger(stranger);
  }

  /** The institutions named, plus those where the people met held a position on that day. */
  private async institutionsMet(manager: EntityManager, contactIds: string[], named: string[], on: Date): Promise<string[]> {
    const day = on.toISOString().slice(0, 10);
    const fromPositions: { institution_id: string }[] = contactIds.length
      ? await manager.query(
          `SELECT DISTINCT institution_id FROM positions WHERE contact_id = ANY($1::uuid[]) AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2)`,
          [contactIds, day],
        )
      : [];
    return [...new Set([...named, ...fromPositions.map((row) => row.institution_id)])];
  }
}
