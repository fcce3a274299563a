import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { stringify } from 'csv-stringify';
import type { Request, Response } from 'express';
import { once } from 'node:events';
import { badUserInput } from '../graphql/errors';
import { fieldProblems } from '../graphql/validation.pipe';
import { safeCell } from './csv-cells';
import { ColumnMapping, CsvFileError, ImportReport } from './csv-import';

/** Refuses anything but a `text/csv` body (a type browsers cannot send cross-site without a CORS preflight). */
export function assertCsvBody(req: Request): void {
  if (!/^text\/csv\b/i.test(req.headers['content-type'] ?? '')) {
    throw badUserInput({ field: 'body', message: 'must be a CSV file sent with Content-Type: text/csv' });
  }
}

export function parseMapping(parameter: string | undefined): ColumnMapping {
  try {
    const mapping: unknown = JSON.parse(parameter ?? '');
    if (mapping && typeof mapping === 'object' && !Array.isArray(mapping) && Object.values(mapping).every((v) => typeof v === 'string')) {
      return mapping as ColumnMapping;
    }
  } catch {
    // fall through
  }
  throw badUserInput({ field: 'mapping', message: 'must be a JSON object from file column to field, e.g. {"Name":"name"}' });
}

/** A list filter given as JSON in a query parameter, validated by the same rules as the GraphQL filter. */
export function parseFilter<T extends object>(schema: new () => T, parameter: string | undefined): T | undefined {
  if (!parameter) return undefined;
  let plain: unknown;
  try {
    plain = JSON.parse(parameter);
  } catch {
    throw badUserInput({ field: 'filter', message: 'must be a JSON object, e.g. {"countryCodes":["SD"]}' });
  }
  const filter = plainToInstance(schema, plain);
  const problems = fieldProblems(validateSync(filter, { whitelist: true, forbidNonWhitelisted: true }));
  if (problems.length) throw badUserInput(problems.map((problem) => ({ ...problem, field: `filter.${problem.field}` })));
  return filter;
}

/** Turns a problem with the file as a whole into a 400 naming the body. */
export async function reportFileErrors(run: () => Promise<ImportReport>): Promise<ImportReport> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CsvFileError) throw badUserInput({ field: 'body', message: error.message });
    throw error;
  }
}

/** Streams pages of rows as a CSV download, every cell safe to open in a spreadsheet. */
export async function streamCsv(
  res: Response,
  filename: string,
  columns: readonly string[],
  pages: AsyncIterable<unknown[][]>,
): Promise<void> {
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  const csv = stringify({ header: true, columns: [...columns], bom: true });
  csv.pipe(res);
  for await (const rows of pages) {
    for (const row of rows) {
      if (!csv.write(row.map(safeCell))) await once(csv, 'drain');
    }
  }
  csv.end();
  await once(res, 'finish');
}
