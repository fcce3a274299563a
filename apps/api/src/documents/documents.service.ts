import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DocumentStatus, Role } from '@alliance/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { escapeLike, searchable } from '../core/database/sql';
import { Connection, decodeCursor, toConnection } from '../core/graphql/pagination';
import { visibleInteractionsSql } from '../interactions/interaction-visibility';
import { visibleDocumentsSql } from './document-visibility';
import { DocumentCampaignEntity, DocumentEntity } from './document.entity';
import { documentNotFound, unknownCampaignAt } from './documents.errors';
import { CreateDocumentInput, DocumentsArgs, UpdateDocumentInput } from './documents.inputs';

const FIELDS = ['title', 'kind', 'status', 'body'] as const;
/** created_at to the microsecond, so a page boundary never falls between two rows of the same millisecond. */
const CURSOR_TIME = `to_char(document.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Documents the viewer may read, newest first. */
  async list(viewer: SignedInUser, { first, after, filter }: DocumentsArgs): Promise<Connection<DocumentEntity>> {
    const visible = visibleDocumentsSql(viewer);
    const query = this.dataSource.getRepository(DocumentEntity).createQueryBuilder('document').where(visible.sql, visible.parameters);
    if (filter?.search?.trim()) {
      query.andWhere(`${searchable('document.title')} LIKE '%' || f_unaccent(lower(:search)) || '%'`, { search: escapeLike(filter.search.trim()) });
    }
    if (filter?.kind) query.andWhere('document.kind = :kind', { kind: filter.kind });
    if (filter?.status) query.andWhere('document.status = :status', { status: filter.status });
    if (filter?.campaignId) {
      const openOnly = viewer.role === Role.MEMBER ? 'AND fc.visibility = :membersCampaign AND fc.status <> :draftCampaign' : '';
      query.andWhere(
        `EXISTS (SELECT 1 FROM document_campaigns fl JOIN campaigns fc ON fc.id = fl.campaign_id AND fc.deleted_at IS NULL
                  WHERE fl.document_id = document.id AND fl.campaign_id = :campaignId ${openOnly})`,
        { campaignId: filter.campaignId },
      );
    }
    if (filter?.interactionId) {
      const interactions = visibleInteractionsSql(viewer);
      query.andWhere(
        `EXISTS (SELECT 1 FROM interaction_documents il JOIN interactions interaction ON interaction.id = il.interaction_id AND interaction.deleted_at IS NULL
                  WHERE il.document_id = document.id AND il.interaction_id = :interactionId AND (${interactions.sql}))`,
        { interactionId: filter.interactionId, ...interactions.parameters },
      );
    }
    const totalCount = await query.clone().getCount();
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      query.andWhere('(document.createdAt, document.id) < (CAST(:createdAt AS timestamptz), :id)', { createdAt, id });
    }
    const { entities, raw } = await query
      .addSelect(CURSOR_TIME, 'cursor_time')
      .orderBy('document.createdAt', 'DESC')
      .addOrderBy('document.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ cursor_time: string }>();
    const rows = entities.map((entity, index) => ({ entity, cursorTime: raw[index].cursor_time }));
    return toConnection(rows, first, totalCount, (row) => [row.cursorTime, row.entity.id], (row) => row.entity);
  }

  /** The document if it exists and the viewer may read it, else null. */
  findVisible(viewer: SignedInUser, id: string): Promise<DocumentEntity | null> {
    const visible = visibleDocumentsSql(viewer);
    return this.dataSource
      .getRepository(DocumentEntity)
      .createQueryBuilder('document')
      .where('document.id = :id', { id })
      .andWhere(visible.sql, visible.parameters)
      .getOne();
  }

  create(actor: SignedInUser, input: CreateDocumentInput): Promise<DocumentEntity> {
    return this.dataSource.transaction((manager) => this.createIn(manager, actor, input, 'campaignIds'));
  }

  /** Creates the document and its campaign links with the given transaction; `campaignField` names the field in errors. */
  async createIn(manager: EntityManager, actor: SignedInUser, input: CreateDocumentInput, campaignField: string): Promise<DocumentEntity> {
    const campaignIds = await this.checkCampaigns(manager, input.campaignIds ?? [], campaignField);
    const document = manager.create(DocumentEntity, {
      title: input.title,
      kind: input.kind,
      status: input.status ?? DocumentStatus.DRAFT,
      body: input.body ?? '',
      createdById: actor.id,
    });
    await manager.save(document);
    if (campaignIds.length) await manager.insert(DocumentCampaignEntity, campaignIds.map((campaignId) => ({ documentId: document.id, campaignId })));
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'document.create',
      entityType: 'document',
      entityId: document.id,
      changes: [...this.audit.changesBetween(null, document, ['title', 'kind', 'status']), { field: 'campaignIds', from: null, to: campaignIds }],
    });
    return document;
  }

  update(actor: SignedInUser, input: UpdateDocumentInput): Promise<DocumentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const document = await this.lockDocument(manager, input.id);
      const before = { ...document };
      for (const field of FIELDS) {
        const value = input[field];
        if (value !== undefined) Object.assign(document, { [field]: value });
      }
      const changes = this.audit.changesBetween(before, document, FIELDS);
      if (input.campaignIds) {
        const next = await this.checkCampaigns(manager, input.campaignIds, 'campaignIds');
        const current = (await manager.findBy(DocumentCampaignEntity, { documentId: document.id })).map((link) => link.campaignId);
        const removed = current.filter((id) => !next.includes(id));
        const added = next.filter((id) => !current.includes(id));
        if (removed.length) await manager.delete(DocumentCampaignEntity, { documentId: document.id, campaignId: In(removed) });
        if (added.length) await manager.insert(DocumentCampaignEntity, added.map((campaignId) => ({ documentId: document.id, campaignId })));
        if (removed.length || added.length) changes.push({ field: 'campaignIds', from: current, to: next });
      }
      // The body is audited as "changed", not copied into the trail.
      const audited = changes.map((change) => (change.field === 'body' ? { field: 'body', from: '[previous text]', to: '[new text]' } : change));
      await manager.save(document);
      await this.audit.record(manager, { actorId: actor.id, action: 'document.update', entityType: 'document', entityId: document.id, changes: audited });
      return document;
    });
  }

  /** Soft-deletes the document: it disappears from lists, interactions and downloads. */
  remove(actor: SignedInUser, id: string): Promise<DocumentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const document = await this.lockDocument(manager, id);
      await manager.softDelete(DocumentEntity, { id });
      await this.audit.record(manager, { actorId: actor.id, action: 'document.delete', entityType: 'document', entityId: id });
      return document;
    });
  }

  /** The document, locked for the rest of the transaction; refused when missing or deleted. */
  async lockDocument(manager: EntityManager, id: string): Promise<DocumentEntity> {
    const document = await manager.findOne(DocumentEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!document) throw documentNotFound();
    return document;
  }

  /** The campaign ids, de-duplicated, once each is known to exist; an unknown one is refused as `<field>.<index>` (or `<field>` for a single id). */
  private async checkCampaigns(manager: EntityManager, ids: string[], field: string): Promise<string[]> {
    if (!ids.length) return [];
    const existing = new Set((await manager.findBy(CampaignEntity, { id: In(ids) })).map((campaign) => campaign.id));
    const missing = ids.findIndex((id) => !existing.has(id));
    if (missing >= 0) throw unknownCampaignAt(field === 'campaignIds' ? `${field}.${missing}` : field);
    return [...new Set(ids)];
  }
}
