import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AttachmentBlobEntity } from '../attachment.entity';
import { AttachmentStorage, assertStorageKey } from './attachment-storage';

/** Keeps the bytes in the `attachment_blobs` table, inside the change's transaction: backed up with the database. */
export class PostgresAttachmentStorage implements AttachmentStorage {
  readonly transactional = true;

  constructor(private readonly dataSource: DataSource) {}

  async put(key: string, bytes: Buffer, manager: EntityManager = this.dataSource.manager): Promise<void> {
    assertStorageKey(key);
    await manager.insert(AttachmentBlobEntity, { key, bytes });
  }

  async get(key: string): Promise<Readable | null> {
    assertStorageKey(key);
    const blob = await this.dataSource.getRepository(AttachmentBlobEntity).findOneBy({ key });
    return blob ? Readable.from([blob.bytes]) : null;
  }

  async delete(key: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    assertStorageKey(key);
    await manager.delete(AttachmentBlobEntity, { key });
  }
}
