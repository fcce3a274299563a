import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EmailConsentStatus, Language } from '@alliance/domain';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, QueryRunner } from 'typeorm';
import { SignedInUser } from '../core/auth/request-auth';
import { ColumnMapping, ImportReport, MappedRow } from '../core/csv/csv-import';
import { normaliseCells } from '../core/csv/csv-cells';
import { auditImportedRecords, runCsvImport } from '../core/csv/csv-import-runner';
import { fieldProblems } from '../core/graphql/validation.pipe';
import { CONTACT_CELLS, CONTACT_IMPORT_FIELDS, ContactImportRow } from './contact-import-row';

export enum DuplicateEmailAction {
  /** Fill the existing contact's empty or changed fields from the row. */
  UPDATE = 'UPDATE',
  SKIP = 'SKIP',
  /** Create a separate contact; the address stays with the existing one. */
  CREATE = 'CREATE',
}

export interface ContactImportOptions {
  mapping: ColumnMapping;
  dryRun: boolean;
  onDuplicateEmail: DuplicateEmailAction;
}

interface ValidRow {
  row: number;
  data: ContactImportRow;
  organisationId: string | null;
}

interface PlannedRow extends ValidRow {
  /** The contact this row updates, or null to create one. */
  existingContactId: string | null;
  attachEmail: boolean;
}

interface ImportContext {
  countries: Set<string>;
  organisations: Map<string, string>;
  emailsInFile: Map<string, number>;
}

/**
 * Imports contacts from CSV: every row validated by the API's own rules, duplicates by email found in
 * the database and in the file, then written in batches inside one transaction that commits only when
 * no row has a problem (all or nothing). A dry run does the same and rolls back.
 */
@Injectable()
export class ContactsImportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  import(actor: SignedInUser, input: Readable, options: ContactImportOptions): Promise<ImportReport> {
    return runCsvImport<ImportContext, ValidRow>(this.dataSource, input, { ...options, actorId: actor.id }, {
      fields: CONTACT_IMPORT_FIELDS,
      auditAction: 'contact.import',
      prepare: async (runner) => ({
        countries: new Set<string>((await runner.query('SELECT code FROM countries')).map((row: { code: string }) => row.code)),
        organisations: new Map<string, string>(
          (await runner.query('SELECT id, lower(name) AS name FROM organisations WHERE deleted_at IS NULL')).map(
            (row: { id: string; name: string }) => [row.name, row.id],
          ),
        ),
        emailsInFile: new Map<string, number>(),
      }),
      validate: (row, context, problem) => this.validate(row, context, problem),
      processBatch: async (runner, _context, rows, write) => {
        const existing = await this.existingContactsByEmail(runner, rows);
        const outcome = { created: 0, updated: 0, skipped: 0 };
        const planned: PlannedRow[] = [];
        for (const row of rows) {
          const existingContactId = row.data.email ? (existing.get(row.data.email.toLowerCase()) ?? null) : null;
          if (existingContactId && options.onDuplicateEmail === DuplicateEmailAction.SKIP) {
            outcome.skipped += 1;
            continue;
          }
          const updates = existingContactId !== null && options.onDuplicateEmail === DuplicateEmailAction.UPDATE;
          planned.push({ ...row, existingContactId: updates ? existingContactId : null, attachEmail: !!row.data.email && !existingContactId });
        }
        outcome.created = planned.filter((row) => !row.existingContactId).length;
        outcome.updated = planned.length - outcome.created;
        if (write) await this.write(runner, actor, planned);
        return outcome;
      },
    });
  }

  private validate(mapped: MappedRow, context: ImportContext, report: (field: string, message: string) => void): ValidRow | null {
    const { countries, organisations, emailsInFile } = context;
    const data = Object.assign(new ContactImportRow(), normaliseCells(mapped.values, CONTACT_CELLS));
    const errors = fieldProblems(validateSync(data, { stopAtFirstError: true }));
    for (const { field, message } of errors) report(field.split('.')[0], message);
    if (errors.length) return null;
    let ok = true;
    if (data.countryCode && !countries.has(data.countryCode)) {
      report('countryCode', 'is not an ISO 3166-1 country code we know');
      ok = false;
    }
    const organisationId = data.organisation ? (organisations.get(data.organisation.toLowerCase()) ?? null) : null;
    if (data.organisation && !organisationId) {
      report('organisation', 'is not the name of an organisation in the directory (add it first)');
      ok = false;
    }
    if (data.email) {
      const first = emailsInFile.get(data.email.toLowerCase());
      if (first !== undefined) {
        report('email', `repeats the address of row ${first}`);
        ok = false;
      } else {
        emailsInFile.set(data.email.toLowerCase(), mapped.row);
      }
    }
    return ok ? { row: mapped.row, data, organisationId } : null;
  }

  private async existingContactsByEmail(runner: QueryRunner, rows: ValidRow[]): Promise<Map<string, string>> {
    const emails = rows.flatMap((row) => (row.data.email ? [row.data.email] : []));
    if (!emails.length) return new Map();
    const found: { address: string; contact_id: string }[] = await runner.query(
      'SELECT lower(address) AS address, contact_id FROM contact_emails WHERE address = ANY($1::citext[])',
      [emails],
    );
    return new Map(found.map((row) => [row.address, row.contact_id]));
  }

  /** Batched writes: one statement per table per batch, whatever the batch size. */
  private async write(runner: QueryRunner, actor: SignedInUser, planned: PlannedRow[]): Promise<void> {
    const creates = planned.filter((row) => !row.existingContactId).map((row) => ({ ...row, id: randomUUID() }));
    const updates = planned.filter((row): row is PlannedRow & { existingContactId: string } => row.existingContactId !== null);
    const consentAt = (data: ContactImportRow) => (data.consentStatus && data.consentStatus !== EmailConsentStatus.UNKNOWN ? new Date().toISOString() : null);
    if (creates.length) {
      await runner.query(
        `INSERT INTO contacts (id, first_name, last_name, preferred_language, country_code, tags, notes, email_consent_status, email_consent_source, email_consent_at)
         SELECT v.id, v.first_name, v.last_name, v.language, v.country, ARRAY(SELECT jsonb_array_elements_text(v.tags::jsonb)), v.notes,
                v.consent::email_consent_status, v.consent_source, v.consent_at::timestamptz
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
             AS v(id, first_name, last_name, language, country, tags, notes, consent, consent_source, consent_at)`,
        [
          creates.map((row) => row.id),
          creates.map((row) => row.data.firstName),
          creates.map((row) => row.data.lastName),
          creates.map((row) => row.data.preferredLanguage ?? Language.EN),
          creates.map((row) => row.data.countryCode ?? null),
          creates.map((row) => JSON.stringify(row.data.tags ?? [])),
          creates.map((row) => row.data.notes ?? null),
          creates.map((row) => row.data.consentStatus ?? EmailConsentStatus.UNKNOWN),
          creates.map((row) => row.data.consentSource ?? null),
          creates.map((row) => consentAt(row.data)),
        ],
      );
    }
    if (updates.length) {
      await runner.query(
        `UPDATE contacts c SET first_name = v.first_name, last_name = v.last_name,
                preferred_language = coalesce(v.language, c.preferred_language), country_code = coalesce(v.country, c.country_code),
                tags = ARRAY(SELECT DISTINCT unnest(c.tags || ARRAY(SELECT jsonb_array_elements_text(v.tags::jsonb)))),
                notes = coalesce(v.notes, c.notes),
                email_consent_status = coalesce(v.consent::email_consent_status, c.email_consent_status),
                email_consent_source = coalesce(v.consent_source, c.email_consent_source),
                email_consent_at = CASE WHEN v.consent IS NOT NULL AND v.consent::email_consent_status <> c.email_consent_status THEN now() ELSE c.email_consent_at END,
                updated_at = now()
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
             AS v(id, first_name, last_name, language, country, tags, notes, consent, consent_source)
          WHERE c.id = v.id`,
        [
          updates.map((row) => row.existingContactId),
          updates.map((row) => row.data.firstName),
          updates.map((row) => row.data.lastName),
          updates.map((row) => row.data.preferredLanguage ?? null),
          updates.map((row) => row.data.countryCode ?? null),
          updates.map((row) => JSON.stringify(row.data.tags ?? [])),
          updates.map((row) => row.data.notes ?? null),
          updates.map((row) => row.data.consentStatus ?? null),
          updates.map((row) => row.data.consentSource ?? null),
        ],
      );
    }
    const contactIdOf = (row: PlannedRow & { id?: string }) => row.existingContactId ?? (row as { id: string }).id;
    const all = [...creates, ...updates];
    const withEmail = creates.filter((row) => row.attachEmail);
    if (withEmail.length) {
      await runner.query(
        `INSERT INTO contact_emails (contact_id, address, is_primary, position) SELECT id, address, true, 0 FROM unnest($1::uuid[], $2::citext[]) AS v(id, address)`,
        [withEmail.map((row) => row.id), withEmail.map((row) => row.data.email)],
      );
    }
    const withPhone = all.filter((row) => row.data.phone);
    if (withPhone.length) {
      await runner.query(
        `INSERT INTO contact_phones (contact_id, number, position)
         SELECT v.id, v.number, 0 FROM unnest($1::uuid[], $2::text[]) AS v(id, number)
          WHERE NOT EXISTS (SELECT 1 FROM contact_phones p WHERE p.contact_id = v.id AND p.number = v.number)`,
        [withPhone.map(contactIdOf), withPhone.map((row) => row.data.phone)],
      );
    }
    const withOrganisation = all.filter((row) => row.organisationId);
    if (withOrganisation.length) {
      await runner.query(
        `INSERT INTO affiliations (contact_id, organisation_id, title) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])
         ON CONFLICT (contact_id, organisation_id) DO UPDATE SET title = coalesce(EXCLUDED.title, affiliations.title)`,
        [withOrganisation.map(contactIdOf), withOrganisation.map((row) => row.organisationId), withOrganisation.map((row) => row.data.title ?? null)],
      );
    }
    await auditImportedRecords(
      runner,
      actor.id,
      'contact',
      all.map((row) => ({ id: contactIdOf(row), action: row.existingContactId ? 'contact.import-update' : 'contact.import-create', row: row.row })),
    );
  }
}
