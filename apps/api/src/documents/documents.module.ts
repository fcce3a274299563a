import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AttachmentBlobEntity, AttachmentEntity } from './attachment.entity';
import { AttachmentsService } from './attachments.service';
import { DocumentFilesController, UploadHeaderGuard } from './document-files.controller';
import { DocumentCampaignEntity, DocumentEntity, InteractionDocumentEntity } from './document.entity';
import { DocumentsLoaders } from './documents.loaders';
import { DocumentsResolver, InteractionDocumentsResolver } from './documents.resolver';
import { DocumentsService } from './documents.service';
import { ATTACHMENT_STORAGE, AttachmentStorage } from './storage/attachment-storage';
import { DiskAttachmentStorage } from './storage/disk-attachment-storage';
import { PostgresAttachmentStorage } from './storage/postgres-attachment-storage';

/** The configured storage of attachment bytes (ATTACHMENT_STORAGE). */
export function attachmentStorageFor(config: AppConfig, dataSource: DataSource): AttachmentStorage {
  if (config.ATTACHMENT_STORAGE === 'disk') {
    if (!config.ATTACHMENT_DIR) throw new Error('ATTACHMENT_DIR is required when ATTACHMENT_STORAGE=disk');
    return new DiskAttachmentStorage(config.ATTACHMENT_DIR);
  }
  return new PostgresAttachmentStorage(dataSource);
}

@Module({
  imports: [
    TypeOrmModule.forFeature([DocumentEntity, DocumentCampaignEntity, InteractionDocumentEntity, AttachmentEntity, AttachmentBlobEntity]),
    // Memory storage (no dest): the file is checked and stored in one transaction; multer stops reading at the limit.
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.ATTACHMENT_MAX_BYTES, files: 1, fields: 10, fieldSize: 16 * 1024, parts: 12 },
        defParamCharset: 'utf8',
      }),
    }),
    CampaignsModule,
    UsersModule,
  ],
  controllers: [DocumentFilesController],
  providers: [
    { provide: ATTACHMENT_STORAGE, inject: [AppConfig, getDataSourceToken()], useFactory: attachmentStorageFor },
    DocumentsService,
    AttachmentsService,
    DocumentsLoaders,
    DocumentsResolver,
    InteractionDocumentsResolver,
    UploadHeaderGuard,
  ],
  exports: [DocumentsLoaders],
})
export class DocumentsModule {}
