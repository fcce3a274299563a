import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AttachmentStorage, assertStorageKey } from './attachment-storage';

/**
 * Keeps the bytes as files under a directory (`<dir>/<first two characters of the key>/<key>`).
 * Every API process must see the same directory. Files are written under a temporary name and
 * renamed, so a reader never sees half a file.
 */
export class DiskAttachmentStorage implements AttachmentStorage {
  readonly transactional = false;
  private readonly root: string;

  constructor(directory: string) {
    this.root = path.resolve(directory);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.partial`;
    const file = await open(temporary, 'wx', 0o600);
    try {
      await file.writeFile(bytes);
      await file.sync();
    } catch (error) {
      await file.close();
      await rm(temporary, { force: true });
      throw error;
    }
    await file.close();
    await rename(temporary, target);
  }

  async get(key: string): Promise<Readable | null> {
    const target = this.pathOf(key);
    try {
      const file = await open(target, 'r');
      return file.createReadStream({ autoClose: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, key.slice(0, 2), key);
  }
}
