import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';

export interface ImportProblem {
  /** 1-based line of the data row in the file, counting the header as row 1. */
  row: number;
  /** The file's column name (or the target field when the column is missing). */
  column: string;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  rows: number;
  created: number;
  updated: number;
  skipped: number;
  problemCount: number;
  /** The first problems (at most MAX_LISTED_PROBLEMS); problemCount has them all. */
  problems: ImportProblem[];
}

export const MAX_LISTED_PROBLEMS = 1000;

/** Which file column feeds which field: `{ "First name": "firstName" }`. */
export type ColumnMapping = Record<string, string>;

export interface MappedRow {
  row: number;
  values: Record<string, string>;
  /** field -> the file's column, to name the column in problems. */
  columnOf: Record<string, string>;
}

/** A problem with the file itself (not a row): the whole import is refused. */
export class CsvFileError extends Error {}

/**
 * Reads CSV rows from a stream as they arrive (never the whole file in memory), keeping only the
 * mapped columns. Invalid UTF-8 and broken quoting become problems with their row number.
 */
export async function* readMappedRows(
  input: Readable,
  mapping: ColumnMapping,
  allowedFields: readonly string[],
  onProblem: (problem: ImportProblem) => void,
): AsyncGenerator<MappedRow> {
  for (const [column, field] of Object.entries(mapping)) {
    if (!allowedFields.includes(field)) throw new CsvFileError(`Column "${column}" is mapped to "${field}", which is not one of: ${allowedFields.join(', ')}`);
  }
  const parser = input.pipe(parse({ bom: true, columns: true, skip_empty_lines: true, trim: true, relax_column_count: false, max_record_size: 100_000 }));
  let row = 1;
  const columnOf = Object.fromEntries(Object.entries(mapping).map(([column, field]) => [field, column]));
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      row += 1;
      if (row === 2) {
        const missing = Object.keys(mapping).filter((column) => !(column in record));
        if (missing.length) throw new CsvFileError(`The file has no column named ${missing.map((c) => `"${c}"`).join(', ')}`);
      }
      const values: Record<string, string> = {};
      let broken = false;
      for (const [column, field] of Object.entries(mapping)) {
        const value = record[column] ?? '';
        if (value.includes('\uFFFD')) {
          onProblem({ row, column, message: 'is not valid UTF-8 text (save the file as CSV UTF-8)' });
          broken = true;
        }
        values[field] = value;
      }
      if (!broken) yield { row, values, columnOf };
    }
  } catch (error) {
    if (error instanceof CsvFileError) throw error;
    const line = (error as { lines?: number }).lines;
    throw new CsvFileError(`The file is not valid CSV${line ? ` near line ${line}` : ''}: ${(error as Error).message}`);
  }
}

/** Groups rows into batches so lookups and inserts run a few thousand rows at a time. */
export async function* inBatches<T>(rows: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
