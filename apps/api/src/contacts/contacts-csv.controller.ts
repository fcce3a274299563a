import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { Role } from '@alliance/domain';
import type { Request, Response } from 'express';
import { Allow } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { assertCsvBody, parseFilter, parseMapping, reportFileErrors, streamCsv } from '../core/csv/csv-http';
import { ImportReport } from '../core/csv/csv-import';
import { badUserInput } from '../core/graphql/errors';
import { ContactsLoaders } from './contacts.loaders';
import { ContactsFilter } from './contacts.inputs';
import { ContactsService } from './contacts.service';
import { ContactsImportService, DuplicateEmailAction } from './contacts-import.service';

const EXPORT_PAGE_SIZE = 100;
const EXPORT_COLUMNS = [
  'firstName', 'lastName', 'emails', 'phones', 'preferredLanguage', 'countryCode', 'tags', 'organisations', 'notes', 'consentStatus', 'consentSource',
];

/** CSV in and out of the contacts directory. The import streams the raw `text/csv` body. */
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
  import(
    @Req() req: Request,
    @CurrentUser() actor: SignedInUser,
    @Query('mapping') mapping?: string,
    @Query('dryRun') dryRun?: string,
    @Query('onDuplicateEmail') onDuplicateEmail?: string,
  ): Promise<ImportReport> {
    assertCsvBody(req);
    const action = (onDuplicateEmail ?? DuplicateEmailAction.UPDATE) as DuplicateEmailAction;
    if (!Object.values(DuplicateEmailAction).includes(action)) {
      throw badUserInput({ field: 'onDuplicateEmail', message: `must be one of ${Object.values(DuplicateEmailAction).join(', ')}` });
    }
    const options = { mapping: parseMapping(mapping), dryRun: dryRun !== 'false', onDuplicateEmail: action };
    return reportFileErrors(() => this.importer.import(actor, req, options));
  }

  /** GET /api/contacts/export.csv?filter={...}: the filtered list, streamed. */
  @Get('export.csv')
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  export(@Res() res: Response, @Query('filter') filterParameter?: string): Promise<void> {
    const filter = parseFilter(ContactsFilter, filterParameter);
    return streamCsv(res, 'contacts.csv', EXPORT_COLUMNS, this.rows(filter));
  }

  private async *rows(filter: ContactsFilter | undefined): AsyncGenerator<unknown[][]> {
    let after: string | undefined;
    do {
      const page = await this.contacts.list({ first: EXPORT_PAGE_SIZE, after, filter });
      const loaders = this.contactsLoaders.createLoaders();
      const ids = page.edges.map((edge) => edge.node.id);
      const list = <T>(value: T[] | Error): T[] => (Array.isArray(value) ? value : []);
      const [emails, phones, affiliations] = await Promise.all([
        loaders.emails.loadMany(ids),
        loaders.phones.loadMany(ids),
        loaders.affiliationsOfContact.loadMany(ids),
      ]);
      const names = await this.contacts.organisationNames(affiliations.flatMap((items) => list(items).map((a) => a.organisationId)));
      yield page.edges.map(({ node }, index) => [
        node.firstName, node.lastName,
        list(emails[index]).map((email) => email.address),
        list(phones[index]).map((phone) => phone.number),
        node.preferredLanguage, node.countryCode, node.tags,
        list(affiliations[index]).map((affiliation) => names.get(affiliation.organisationId) ?? ''),
        node.notes, node.emailConsentStatus, node.emailConsentSource,
      ]);
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
    } while (after);
  }
}
