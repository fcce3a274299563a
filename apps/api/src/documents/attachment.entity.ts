import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { DocumentEntity } from './document.entity';

/** A file of a document. The bytes live in the attachment storage under `storageKey`. */
@Entity('attachments')
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('attachments_document_idx')
  @Column({ type: 'uuid' })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: DocumentEntity;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  /** The type found by looking at the bytes, never the one the browser claimed. */
  @Column({ type: 'varchar', length: 150 })
  contentType!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Index('attachments_storage_key_key', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  storageKey!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The bytes of attachments when ATTACHMENT_STORAGE=postgres. */
@Entity('attachment_blobs')
export class AttachmentBlobEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  @Column({ type: 'bytea' })
  bytes!: Buffer;
}
