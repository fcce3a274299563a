import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CampaignStatus, CampaignVisibility } from '@alliance/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { LoaderFactory, loaderByKey, loaderOfLists } from '../core/graphql/request-loaders';
import { AttachmentEntity } from './attachment.entity';
import { DocumentCampaignEntity, DocumentEntity, InteractionDocumentEntity } from './document.entity';

export interface DocumentsLoaderSet {
  byId: DataLoader<string, DocumentEntity | null>;
  attachments: DataLoader<string, AttachmentEntity[]>;
  campaignLinks: DataLoader<string, DocumentCampaignEntity[]>;
  /** The documents handed over at an interaction (links by interaction id). */
  ofInteraction: DataLoader<string, InteractionDocumentEntity[]>;
  /** Whether a document belongs to at least one campaign open to members. */
  inCampaignOpenToMembers: DataLoader<string, boolean>;
}

@Injectable()
export class DocumentsLoaders implements LoaderFactory<DocumentsLoaderSet> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  createLoaders(): DocumentsLoaderSet {
    const manager = this.dataSource.manager;
    return {
      byId: loaderByKey((ids) => manager.findBy(DocumentEntity, { id: In([...ids]) }), 'id'),
      attachments: loaderOfLists((ids) => manager.find(AttachmentEntity, { where: { documentId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } }), 'documentId'),
      campaignLinks: loaderOfLists((ids) => manager.findBy(DocumentCampaignEntity, { documentId: In([...ids]) }), 'documentId'),
      ofInteraction: loaderOfLists((ids) => manager.findBy(InteractionDocumentEntity, { interactionId: In([...ids]) }), 'interactionId'),
      inCampaignOpenToMembers: new DataLoader(async (ids) => {
        const rows: { document_id: string }[] = await manager.query(
          `SELECT DISTINCT dc.document_id FROM document_campaigns dc JOIN campaigns c ON c.id = dc.campaign_id AND c.deleted_at IS NULL
            WHERE dc.document_id = ANY($1::uuid[]) AND c.visibility = $2 AND c.status <> $3`,
          [[...ids], CampaignVisibility.MEMBERS, CampaignStatus.DRAFT],
        );
        const open = new Set(rows.map((row) => row.document_id));
        return ids.map((id) => open.has(id));
      }),
    };
  }
}
