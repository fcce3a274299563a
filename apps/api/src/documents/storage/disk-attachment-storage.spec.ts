import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { DiskAttachmentStorage } from './disk-attachment-storage';

describe('DiskAttachmentStorage', () => {
  let directory: string;
  let storage: DiskAttachmentStorage;

  beforeEach(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'alliance-attachments-'));
    storage = new DiskAttachmentStorage(directory);
  });

  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('should give back exactly the bytes stored, from a file under the directory, and leave no temporary file', async () => {
    const bytes = Buffer.from([0, 1, 2, 255, 254, 10, 13]);
    await storage.put('3f1c2a9e-aaaa-bbbb-cccc-000000000001', bytes);
    const stream = await storage.get('3f1c2a9e-aaaa-bbbb-cccc-000000000001');
    expect(stream).not.toBeNull();
    expect(Buffer.compare(await buffer(stream as NodeJS.ReadableStream), bytes)).toBe(0);
    expect(readdirSync(path.join(directory, '3f'))).toEqual(['3f1c2a9e-aaaa-bbbb-cccc-000000000001']);
  });

  it('should answer null for a key with nothing stored, and delete without complaint twice', async () => {
    expect(await storage.get('0000000000-missing')).toBeNull();
    await storage.put('5a5a5a5a-delete-me', Buffer.from('x'));
    await storage.delete('5a5a5a5a-delete-me');
    await storage.delete('5a5a5a5a-delete-me');
    expect(await storage.get('5a5a5a5a-delete-me')).toBeNull();
  });

  it('should refuse keys that could leave the directory', async () => {
    await expect(storage.put('../../etc/passwd', Buffer.from('x'))).rejects.toThrow('Not an attachment storage key');
    await expect(storage.get('..%2F..%2Fsecret')).rejects.toThrow('Not an attachment storage key');
    await expect(storage.delete('/absolute/path')).rejects.toThrow('Not an attachment storage key');
  });

  it('should not overwrite what another writer stores under the same key at the same time', async () => {
    const key = '7b7b7b7b-concurrent';
    await Promise.all([storage.put(key, Buffer.from('first')), storage.put(key, Buffer.from('second'))]);
    const stored = (await buffer((await storage.get(key)) as NodeJS.ReadableStream)).toString();
    expect(['first', 'second']).toContain(stored);
    expect(readdirSync(path.join(directory, '7b'))).toEqual([key]);
  });
});
