import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { Role } from '@alliance/domain';
import type { Request, Response } from 'express';
import { Allow } from '../core/auth/allow.decorator';
import { CurrentUser } from '../core/auth/current-user.decorator';
import { SignedInUser } from '../core/auth/request-auth';
import { assertCsvBody, parseFilter, parseMapping, reportFileErrors, streamCsv } from '../core/csv/csv-http';
import { ImportReport } from '../core/csv/csv-import';
import { OrganisationsFilter } from './organisations.inputs';
import { OrganisationsService } from './organisations.service';
import { OrganisationsImportService } from './organisations-import.service';

const EXPORT_COLUMNS = [
  'name', 'acronym', 'type', 'countryCode', 'city', 'website', 'description', 'focusAreas', 'languages', 'tags', 'membershipStatus', 'memberSince',
] as const;

/** CSV in and out of the organisations directory. */
@Controller('api/organisations')
export class OrganisationsCsvController {
  constructor(
    private readonly importer: OrganisationsImportService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** POST /api/organisations/import?mapping={"Name":"name",...}&dryRun=true&updateExisting=true */
  @Post('import')
  @HttpCode(200)
  @Allow(Role.COORDINATOR, Role.ADVOCATE)
  import(
    @Req() req: Request,
    @CurrentUser() actor: SignedInUser,
    @Query('mapping') mapping?: string,
    @Query('dryRun') dryRun?: string,
    @Query('updateExisting') updateExisting?: string,
  ): Promise<ImportReport> {
    assertCsvBody(req);
    const options = { mapping: parseMapping(mapping), dryRun: dryRun !== 'false', updateExisting: updateExisting !== 'false' };
    return reportFileErrors(() => this.importer.import(actor, req, options));
  }

  /** GET /api/organisations/export.csv?filter={...} */
  @Get('export.csv')
  @Allow(Role.COORDINATOR, Role.ADVOCATE, Role.ANALYST)
  export(@Res() res: Response, @Query('filter') filterParameter?: string): Promise<void> {
    return streamCsv(res, 'organisations.csv', EXPORT_COLUMNS, this.rows(parseFilter(OrganisationsFilter, filterParameter)));
  }

  private async *rows(filter: OrganisationsFilter | undefined): AsyncGenerator<unknown[][]> {
    let after: string | undefined;
    do {
      const page = await this.organisations.list({ first: 100, after, filter });
      yield page.edges.map(({ node }) => EXPORT_COLUMNS.map((column) => node[column]));
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
    } while (after);
  }
}
