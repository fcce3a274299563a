import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import PostalMime from 'postal-mime';

/** `<milliseconds since 1970, 13 digits>-<random hex>.eml`: names sort by the time the message was kept. */
const MESSAGE_FILE = /^(\d{13})-([0-9a-f]{12})\.eml$/;
const MESSAGE_ID = /^\d{13}-[0-9a-f]{12}$/;

export interface OutboxEntry {
  /** The file name without `.eml`; also the keyset cursor of the list. */
  id: string;
  keptAt: Date;
  from: string;
  to: string[];
  subject: string;
  sizeBytes: number;
}

export interface OutboxMessage extends OutboxEntry {
  html: string | null;
  text: string | null;
  /** The message as an SMTP server would have received it (headers and MIME body). */
  source: string;
}

export interface OutboxPage {
  entries: OutboxEntry[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * Mail kept on this machine instead of sent: one RFC 5322 message per `.eml` file (any mail program opens it).
 * A message is written under a temporary name and renamed once complete, so a reader (or a crash) never sees
 * half a message. The directory is the only index: newest first is the reverse order of the names.
 */
export class MailOutbox {
  constructor(readonly directory: string) {}

  async keep(message: Buffer): Promise<string> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const id = `${Date.now().toString().padStart(13, '0')}-${randomBytes(6).toString('hex')}`;
    const temporary = path.join(this.directory, `.${id}.partial`);
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(message);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temporary, { force: true });
      throw error;
    }
    await handle.close();
    await rename(temporary, path.join(this.directory, `${id}.eml`));
    return id;
  }

  /** Newest first, `first` at a time, after the message whose id is `after`. */
  async list(first: number, after?: string): Promise<OutboxPage> {
    const ids = await this.ids();
    const start = after ? ids.findIndex((id) => id < after) : 0;
    const page = start < 0 ? [] : ids.slice(start, start + first);
    const entries = await Promise.all(page.map(async (id) => summary(await this.parse(id))));
    return { entries: entries.filter((entry): entry is OutboxEntry => entry !== null), hasNextPage: start >= 0 && start + first < ids.length, totalCount: ids.length };
  }

  /** The message, or null when there is none by that id (or the id is not one this outbox makes). */
  async read(id: string): Promise<OutboxMessage | null> {
    const parsed = await this.parse(id);
    const entry = summary(parsed);
    if (!parsed || !entry) return null;
    return { ...entry, html: parsed.email.html ?? null, text: parsed.email.text ?? null, source: parsed.raw.toString('utf8') };
  }

  private async ids(): Promise<string[]> {
    try {
      const files = await readdir(this.directory);
      return files
        .filter((file) => MESSAGE_FILE.test(file))
        .map((file) => file.slice(0, -'.eml'.length))
        .sort()
        .reverse();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  private async parse(id: string): Promise<ParsedMessage | null> {
    // Only names this outbox makes: nothing else in (or outside) the directory can be reached.
    if (!MESSAGE_ID.test(id)) return null;
    const file = path.join(this.directory, `${id}.eml`);
    try {
      const [raw, info] = await Promise.all([readFile(file), stat(file)]);
      return { id, raw, sizeBytes: info.size, email: await PostalMime.parse(raw) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}

interface ParsedMessage {
  id: string;
  raw: Buffer;
  sizeBytes: number;
  email: Awaited<ReturnType<typeof PostalMime.parse>>;
}

function summary(parsed: ParsedMessage | null): OutboxEntry | null {
  if (!parsed) return null;
  const { email } = parsed;
  const address = (entry: { name?: string; address?: string } | undefined) =>
    entry ? (entry.name ? `${entry.name} <${entry.address ?? ''}>` : (entry.address ?? '')) : '';
  return {
    id: parsed.id,
    keptAt: new Date(Number(parsed.id.slice(0, 13))),
    from: address(email.from),
    to: (email.to ?? []).map(address),
    subject: email.subject ?? '',
    sizeBytes: parsed.sizeBytes,
  };
}
