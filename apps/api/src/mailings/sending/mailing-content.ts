import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_LANGUAGE } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { CompiledMailing, compileMailing } from '../composer/mail-rendering';
import { execute } from './sql-result';

/** A mailing as its worker sends it: each translation compiled once (Markdown parsed once, merged per recipient). */
export interface MailingContent {
  id: string;
  listId: string;
  trackingEnabled: boolean;
  /** The translation of a language, or English when the mailing has none in it. */
  compiledFor(language: string): CompiledMailing;
}

const CACHED_MAILINGS = 20;

/**
 * Compiled mailings of this process, by mailing and version (updatedAt), so each batch job pays one small
 * query instead of compiling again. A mailing no longer changes once it sends; the version guards the rare
 * case of a job that runs before an edit reached it.
 */
@Injectable()
export class MailingContentCache {
  private readonly cache = new Map<string, { version: number; content: MailingContent }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The mailing's content, or null when it is gone. */
  async load(mailingId: string): Promise<MailingContent | null> {
    const { rows } = await execute<{ id: string; list_id: string; tracking_enabled: boolean; updated_at: Date; list_name: string | null }>(
      this.dataSource,
      `SELECT mailing.id, mailing.list_id, mailing.tracking_enabled, mailing.updated_at, list.name AS list_name
         FROM mailings mailing LEFT JOIN mailing_lists list ON list.id = mailing.list_id
        WHERE mailing.id = $1`,
      [mailingId],
    );
    const [mailing] = rows;
    if (!mailing) return null;
    const version = new Date(mailing.updated_at).getTime();
    const cached = this.cache.get(mailingId);
    if (cached && cached.version === version) return cached.content;

    const translations = await execute<{ language: string; subject: string; body: string }>(
      this.dataSource,
      'SELECT language, subject, body FROM mailing_translations WHERE mailing_id = $1',
      [mailingId],
    );
    const compiled = new Map<string, CompiledMailing>();
    for (const translation of translations.rows) {
      compiled.set(translation.language, compileMailing(translation, translation.language, { listName: mailing.list_name ?? undefined }));
    }
    const fallback = compiled.get(DEFAULT_LANGUAGE) ?? compiled.values().next().value;
    if (!fallback) throw new Error(`Mailing ${mailingId} has no translation to send`);
    const content: MailingContent = {
      id: mailing.id,
      listId: mailing.list_id,
      trackingEnabled: mailing.tracking_enabled,
      compiledFor: (language) => compiled.get(language) ?? fallback,
    };
    this.cache.delete(mailingId);
    this.cache.set(mailingId, { version, content });
    if (this.cache.size > CACHED_MAILINGS) this.cache.delete(this.cache.keys().next().value!);
    return content;
  }
}
