import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DocumentKind } from '@alliance/domain';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { AuditService } from '../core/audit/audit.service';
import { SignedInUser } from '../core/auth/request-auth';
import { AttachmentEntity } from './attachment.entity';
import { inspectFile, InspectedFile } from './attachment-files';
import { DocumentEntity } from './document.entity';
import { attachmentNotFound, MAX_ATTACHMENTS_PER_DOCUMENT, tooManyAttachments } from './documents.errors';
import { DocumentsService } from './documents.service';
import { ATTACHMENT_STORAGE, AttachmentStorage } from './storage/attachment-storage';

/** An uploaded file as multer's memory storage hands it over. */
export interface UploadedBytes {
  originalname: string;
  buffer: Buffer;
}

export interface NewDocumentFromFile {
  title?: string;
  kind: DocumentKind;
  campaignId?: string;
}

/** A file and what to call it: a title from its name, without the extension. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).trim().slice(0, 300) || fileName.slice(0, 300);
}

@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly documents: DocumentsService,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    private readonly config: AppConfig,
  ) {}

  /** Adds a file to a document, once its size and type are checked. */
  async add(actor: SignedInUser, documentId: string, file: UploadedBytes): Promise<AttachmentEntity> {
    const inspected = await inspectFile(file.originalname, file.buffer, this.config.ATTACHMENT_MAX_BYTES);
    return this.storing((key) =>
      this.dataSource.transaction(async (manager) => {
        await this.documents.lockDocument(manager, documentId);
        if ((await manager.countBy(AttachmentEntity, { documentId })) >= MAX_ATTACHMENTS_PER_DOCUMENT) throw tooManyAttachments();
        return this.insert(manager, actor, documentId, inspected, key, file.buffer);
      }),
    );
  }

  /** Creates a document (a draft) with the file as its first attachment, all or nothing. */
  async createDocument(actor: SignedInUser, fields: NewDocumentFromFile, file: UploadedBytes): Promise<{ document: DocumentEntity; attachment: AttachmentEntity }> {
    const inspected = await inspectFile(file.originalname, file.buffer, this.config.ATTACHMENT_MAX_BYTES);
    return this.storing((key) =>
      this.dataSource.transaction(async (manager) => {
        const input = { title: fields.title ?? titleFromFileName(inspected.fileName), kind: fields.kind, campaignIds: fields.campaignId ? [fields.campaignId] : [] };
        const document = await this.documents.createIn(manager, actor, input, 'campaignId');
        const attachment = await this.insert(manager, actor, document.id, inspected, key, file.buffer);
        return { document, attachment };
      }),
    );
  }

  /** Removes a file from a document; the bytes go with it. */
  async remove(actor: SignedInUser, attachmentId: string): Promise<DocumentEntity> {
    const { document, storageKey } = await this.dataSource.transaction(async (manager) => {
      const attachment = await manager.findOneBy(AttachmentEntity, { id: attachmentId });
      if (!attachment) throw attachmentNotFound();
      const locked = await this.documents.lockDocument(manager, attachment.documentId);
      await manager.delete(AttachmentEntity, { id: attachment.id });
      if (this.storage.transactional) await this.storage.delete(attachment.storageKey, manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'document.remove-attachment',
        entityType: 'document',
        entityId: locked.id,
        changes: [{ field: 'attachment', from: attachmentSummary(attachment), to: null }],
      });
      return { document: locked, storageKey: attachment.storageKey };
    });
    if (!this.storage.transactional) {
      await this.storage.delete(storageKey).catch((error: unknown) => this.logger.warn(`Could not delete the bytes of a removed attachment (${storageKey}): ${String(error)}`));
    }
    return document;
  }

  /** The attachment and its bytes, when the viewer may read its document; NOT_FOUND otherwise. */
  async open(viewer: SignedInUser, attachmentId: string): Promise<{ attachment: AttachmentEntity; bytes: Readable }> {
    const attachment = await this.dataSource.getRepository(AttachmentEntity).findOneBy({ id: attachmentId });
    if (!attachment || !(await this.documents.findVisible(viewer, attachment.documentId))) throw attachmentNotFound();
    const bytes = await this.storage.get(attachment.storageKey);
    if (!bytes) throw new Error(`The bytes of attachment ${attachment.id} are missing from the storage`);
    return { attachment, bytes };
  }

  /** Runs a write that stores bytes under a new key; when it fails, bytes a storage outside the transaction kept are removed. */
  private async storing<T>(write: (key: string) => Promise<T>): Promise<T> {
    const key = randomUUID();
    try {
      return await write(key);
    } catch (error) {
      if (!this.storage.transactional) await this.storage.delete(key).catch(() => undefined);
      throw error;
    }
  }

  private async insert(manager: EntityManager, actor: SignedInUser, documentId: string, file: InspectedFile, key: string, bytes: Buffer): Promise<AttachmentEntity> {
    const attachment = manager.create(AttachmentEntity, { documentId, ...file, storageKey: key, createdById: actor.id });
    await manager.save(attachment);
    await this.storage.put(key, bytes, manager);
    await this.audit.record(manager, {
      actorId: actor.id,
      action: 'document.add-attachment',
      entityType: 'document',
      entityId: documentId,
      changes: [{ field: 'attachment', from: null, to: attachmentSummary(attachment) }],
    });
    return attachment;
  }
}

function attachmentSummary(attachment: AttachmentEntity): Record<string, unknown> {
  const { id, fileName, contentType, sizeBytes, sha256 } = attachment;
  return { id, fileName, contentType, sizeBytes, sha256 };
}
