import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MembershipStatus } from '@alliance/domain';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, QueryRunner } from 'typeorm';
import { SignedInUser } from '../core/auth/request-auth';
import { ColumnMapping, ImportReport, MappedRow } from '../core/csv/csv-import';
import { normaliseCells } from '../core/csv/csv-cells';
import { auditImportedRecords, runCsvImport } from '../core/csv/csv-import-runner';
import { fieldProblems } from '../core/graphql/validation.pipe';
import { ORGANISATION_CELLS, ORGANISATION_IMPORT_FIELDS, OrganisationImportRow } from './organisation-import-row';

interface ValidRow {
  row: number;
  data: OrganisationImportRow;
}

interface ImportContext {
  countries: Set<string>;
  /** lower(name) -> id of organisations already in the directory. */
  existing: Map<string, string>;
  namesInFile: Map<string, number>;
}

/**
 * Imports organisations from CSV, all or nothing. An organisation already in the directory under the
 * same name (case aside) is updated from the row (or skipped); membership status changes are dated.
 */
@Injectable()
export class OrganisationsImportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  import(actor: SignedInUser, input: Readable, options: { mapping: ColumnMapping; dryRun: boolean; updateExisting: boolean }): Promise<ImportReport> {
    return runCsvImport<ImportContext, ValidRow>(this.dataSource, input, { ...options, actorId: actor.id }, {
      fields: ORGANISATION_IMPORT_FIELDS,
      auditAction: 'organisation.import',
      prepare: async (runner) => ({
        countries: new Set<string>((await runner.query('SELECT code FROM countries')).map((row: { code: string }) => row.code)),
        existing: new Map<string, string>(
          (await runner.query('SELECT id, lower(name) AS name FROM organisations WHERE deleted_at IS NULL')).map(
            (row: { id: string; name: string }) => [row.name, row.id],
          ),
        ),
        namesInFile: new Map<string, number>(),
      }),
      validate: (row, context, problem) => validate(row, context, problem),
      processBatch: async (runner, context, rows, write) => {
        const updates = rows.filter((row) => context.existing.has(row.data.name.toLowerCase()));
        const creates = rows.filter((row) => !context.existing.has(row.data.name.toLowerCase()));
        const outcome = { created: creates.length, updated: options.updateExisting ? updates.length : 0, skipped: options.updateExisting ? 0 : updates.length };
        if (write) await this.write(runner, actor, context, creates, options.updateExisting ? updates : []);
        return outcome;
      },
    });
  }

  private async write(runner: QueryRunner, actor: SignedInUser, context: ImportContext, creates: ValidRow[], updates: ValidRow[]): Promise<void> {
    const created = creates.map((row) => ({ ...row, id: randomUUID(), status: row.data.membershipStatus ?? MembershipStatus.PROSPECT }));
    const updated = updates.map((row) => ({ ...row, id: context.existing.get(row.data.name.toLowerCase()) as string }));
    const columns = (rows: ValidRow[]) => [
      rows.map((row) => row.data.name),
      rows.map((row) => row.data.acronym ?? null),
      rows.map((row) => row.data.type),
      rows.map((row) => row.data.countryCode ?? null),
      rows.map((row) => row.data.city ?? null),
      rows.map((row) => row.data.website ?? null),
      rows.map((row) => row.data.description ?? null),
      rows.map((row) => JSON.stringify(row.data.focusAreas ?? [])),
      rows.map((row) => JSON.stringify(row.data.languages ?? [])),
      rows.map((row) => JSON.stringify(row.data.tags ?? [])),
    ];
    const asArray = (column: string) => `ARRAY(SELECT jsonb_array_elements_text(v.${column}::jsonb))`;
    if (created.length) {
      await runner.query(
        `INSERT INTO organisations (id, name, acronym, type, country_code, city, website, description, focus_areas, languages, tags, membership_status, member_since)
         SELECT v.id, v.name, v.acronym, v.type::organisation_type, v.country, v.city, v.website, v.description,
                ${asArray('focus')}, ${asArray('languages')}, ${asArray('tags')}, v.status::membership_status,
                CASE WHEN v.status = 'ACTIVE' THEN CURRENT_DATE END
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::uuid[], $12::text[])
             AS v(name, acronym, type, country, city, website, description, focus, languages, tags, id, status)`,
        [...columns(created), created.map((row) => row.id), created.map((row) => row.status)],
      );
      await runner.query(
        `INSERT INTO membership_changes (organisation_id, from_status, to_status, changed_by_id, note)
         SELECT v.id, NULL, v.status::membership_status, $3, 'Imported' FROM unnest($1::uuid[], $2::text[]) AS v(id, status)`,
        [created.map((row) => row.id), created.map((row) => row.status), actor.id],
      );
    }
    if (updated.length) {
      const withStatus = updated.filter((row) => row.data.membershipStatus);
      if (withStatus.length) {
        await runner.query(
          `INSERT INTO membership_changes (organisation_id, from_status, to_status, changed_by_id, note)
           SELECT o.id, o.membership_status, v.status::membership_status, $3, 'Imported'
             FROM unnest($1::uuid[], $2::text[]) AS v(id, status) JOIN organisations o ON o.id = v.id
            WHERE o.membership_status <> v.status::membership_status`,
          [withStatus.map((row) => row.id), withStatus.map((row) => row.data.membershipStatus), actor.id],
        );
      }
      await runner.query(
        `UPDATE organisations o SET acronym = coalesce(v.acronym, o.acronym), type = v.type::organisation_type,
                country_code = coalesce(v.country, o.country_code), city = coalesce(v.city, o.city), website = coalesce(v.website, o.website),
                description = coalesce(v.description, o.description),
                focus_areas = ARRAY(SELECT DISTINCT unnest(o.focus_areas || ${asArray('focus')})),
                languages = ARRAY(SELECT DISTINCT unnest(o.languages || ${asArray('languages')})),
                tags = ARRAY(SELECT DISTINCT unnest(o.tags || ${asArray('tags')})),
                membership_status = coalesce(v.status::membership_status, o.membership_status),
                member_since = CASE WHEN v.status = 'ACTIVE' AND o.member_since IS NULL THEN CURRENT_DATE ELSE o.member_since END,
                updated_at = now()
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::uuid[], $12::text[])
             AS v(name, acronym, type, country, city, website, description, focus, languages, tags, id, status)
          WHERE o.id = v.id`,
        [...columns(updated), updated.map((row) => row.id), updated.map((row) => row.data.membershipStatus ?? null)],
      );
    }
    await auditImportedRecords(runner, actor.id, 'organisation', [
      ...created.map((row) => ({ id: row.id, action: 'organisation.import-create', row: row.row })),
      ...updated.map((row) => ({ id: row.id, action: 'organisation.import-update', row: row.row })),
    ]);
  }
}

function validate(mapped: MappedRow, context: ImportContext, problem: (field: string, message: string) => void): ValidRow | null {
  const plain = normaliseCells(mapped.values, ORGANISATION_CELLS);
  if (typeof plain.type === 'string') plain.type = plain.type.replace(/[\s-]+/g, '_');
  if (Array.isArray(plain.languages)) plain.languages = plain.languages.map((code) => code.toLowerCase());
  const data = Object.assign(new OrganisationImportRow(), plain);
  const errors = fieldProblems(validateSync(data, { stopAtFirstError: true }));
  for (const { field, message } of errors) problem(field.split('.')[0], message);
  if (errors.length) return null;
  if (data.countryCode && !context.countries.has(data.countryCode)) {
    problem('countryCode', 'is not an ISO 3166-1 country code we know');
    return null;
  }
  const first = context.namesInFile.get(data.name.toLowerCase());
  if (first !== undefined) {
    problem('name', `repeats the organisation of row ${first}`);
    return null;
  }
  context.namesInFile.set(data.name.toLowerCase(), mapped.row);
  return { row: mapped.row, data };
}
