import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { Role } from '@alliance/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import { once } from 'node:events';
import { Allow } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { safeCell } from '../core/csv/csv-cells';
import { ColumnMapping, CsvFileError, ImportReport } from '../core/csv/csv-import';
import { badUserInput } from '../core/graphql/errors';
import { fieldProblems } from '../core/graphql/validation.pipe';
import { ContactsLoaders } from './contacts.loaders';
import { ContactsFilter } from './contacts.inputs';
import { ContactsService } from './contacts.service';
import { ContactsImportService, DuplicateEmailAction } from './contacts-import.service';

const EXPORT_PAGE_SIZE = 100;
const EXPORT_COLUMNS = [
  'firstName', 'lastName', 'emails', 'phones', 'preferredLanguage', 'countryCode', 'tags', 'organisations', 'notes', 'consentStatus', 'consentSource',
];

/**
 * CSV in and out of the contacts directory. Import takes the file as the raw `text/csv` body (a type
 * browsers cannot send cross-site without a preflight, which CORS refuses), streamed.
 */
@Controller('api/contacts')
export class ContactsCsvController {
  constructor(
    private readonly importer: ContactsImportService,
    private readonly contacts: ContactsService,
    private readonly contactsLoaders: ContactsLoaders,
  ) {}

  /**
   * POST /api/contacts/import?mapping={"First name":"firstName",...}&dryRun=true&onDuplicateEmail=UPDATE|SKIP|CREATE
   * Answers with the report: rows, created, updated, skipped, and each problem's row, column and reason.
   */
  @Post('import')
  @HttpCode(200)
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  async import(
    @Req() req: Request,
    @CurrentUser() actor: SignedInUser,
    @Query('mapping') mappingParameter?: string,
    @Query('dryRun') dryRun?: string,
    @Query('onDuplicateEmail') onDuplicateEmail?: string,
  ): Promise<ImportReport> {
    if (!/^text\/csv\b/i.test(req.headers['content-type'] ?? '')) {
      throw badUserInput({ field: 'body', message: 'must be a CSV file sent with Content-Type: text/csv' });
    }
    const action = (onDuplicateEmail ?? DuplicateEmailAction.UPDATE) as DuplicateEmailAction;
    if (!Object.values(DuplicateEmailAction).includes(action)) {
      throw badUserInput({ field: 'onDuplicateEmail', message: `must be one of ${Object.values(DuplicateEmailAction).join(', ')}` });
    }
    try {
      return await this.importer.import(actor, req, { mapping: parseMapping(mappingParameter), dryRun: dryRun !== 'false', onDuplicateEmail: action });
    } catch (error) {
      if (error instanceof CsvFileError) throw badUserInput({ field: 'body', message: error.message });
      throw error;
    }
  }

  /** GET /api/contacts/export.csv?filter={...}: the filtered list, streamed, safe to open in a spreadsheet. */
  @Get('export.csv')
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  async export(@Res() res: Response, @Query('filter') filterParameter?: string): Promise<void> {
    const filter = parseFilter(filterParameter);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="contacts.csv"');
    const csv = stringify({ header: true, columns: EXPORT_COLUMNS, bom: true });
    csv.pipe(res);
    let after: string | undefined;
    do {
      const page = await this.contacts.list({ first: EXPORT_PAGE_SIZE, after, filter });
      const loaders = this.contactsLoaders.createLoaders();
      const ids = page.edges.map((edge) => edge.node.id);
      const [emails, phones, affiliations] = await Promise.all([
        loaders.emails.loadMany(ids),
        loaders.phones.loadMany(ids),
        loaders.affiliationsOfContact.loadMany(ids),
      ]);
      const organisationNames = await this.contacts.organisationNames(
        affiliations.flatMap((list) => (Array.isArray(list) ? list.map((affiliation) => affiliation.organisationId) : [])),
      );
      const list = <T>(value: T[] | Error): T[] => (Array.isArray(value) ? value : []);
      for (const [index, { node }] of page.edges.entries()) {
        const row = [
          node.firstName, node.lastName,
          list(emails[index]).map((email) => email.address),
          list(phones[index]).map((phone) => phone.number),
          node.preferredLanguage, node.countryCode, node.tags,
          list(affiliations[index]).map((affiliation) => organisationNames.get(affiliation.organisationId) ?? ''),
          node.notes, node.emailConsentStatus, node.emailConsentSource,
        ];
        if (!csv.write(row.map(safeCell))) await once(csv, 'drain');
      }
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
    } while (after);
    csv.end();
    await once(res, 'finish');
  }
}

function parseMapping(parameter: string | undefined): ColumnMapping {
  try {
    const mapping: unknown = JSON.parse(parameter ?? '');
    if (mapping && typeof mapping === 'object' && !Array.isArray(mapping) && Object.values(mapping).every((v) => typeof v === 'string')) {
      return mapping as ColumnMapping;
    }
  } catch {
    // fall through
  }
  throw badUserInput({ field: 'mapping', message: 'must be a JSON object from file column to field, e.g. {"First name":"firstName"}' });
}

function parseFilter(parameter: string | undefined): ContactsFilter | undefined {
  if (!parameter) return undefined;
  let plain: unknown;
  try {
    plain = JSON.parse(parameter);
  } catch {
    throw badUserInput({ field: 'filter', message: 'must be a JSON object, e.g. {"countryCodes":["SD"]}' });
  }
  const filter = plainToInstance(ContactsFilter, plain);
  const problems = fieldProblems(validateSync(filter, { whitelist: true, forbidNonWhitelisted: true }));
  if (problems.length) throw badUserInput(problems.map((problem) => ({ ...problem, field: `filter.${problem.field}` })));
  return filter;
}
