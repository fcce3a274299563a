import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, QueryRunner } from 'typeorm';
import { ColumnMapping, ImportProblem, ImportReport, inBatches, MAX_LISTED_PROBLEMS, MappedRow, readMappedRows } from './csv-import';

const BATCH_SIZE = 2000;

export interface BatchOutcome {
  created: number;
  updated: number;
  skipped: number;
}

/** What one kind of record brings to an import; the runner does the streaming, batching and transaction. */
export interface CsvImportSteps<Context, Row> {
  /** The fields a column may be mapped to. */
  fields: readonly string[];
  /** `<domain>.import`: the audit action of the import's summary. */
  auditAction: string;
  /** Loads what validation needs once (reference data, names). */
  prepare(runner: QueryRunner): Promise<Context>;
  /** A valid row, or null after reporting its problems as (field, reason). */
  validate(row: MappedRow, context: Context, problem: (field: string, message: string) => void): Row | null;
  /** Plans (and, when `write`, writes) a batch of valid rows in the import's transaction. */
  processBatch(runner: QueryRunner, context: Context, rows: Row[], write: boolean): Promise<BatchOutcome>;
}

/**
 * Runs a CSV import: rows streamed and validated, processed a batch at a time inside one transaction
 * that commits only when the whole file has no problem and this is not a dry run (all or nothing).
 */
export async function runCsvImport<Context, Row>(
  dataSource: DataSource,
  input: Readable,
  options: { mapping: ColumnMapping; dryRun: boolean; actorId: string },
  steps: CsvImportSteps<Context, Row>,
): Promise<ImportReport> {
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const addProblem = (problem: ImportProblem) => {
    problemCount += 1;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(problem);
  };
  const report = { dryRun: options.dryRun, committed: false, rows: 0, created: 0, updated: 0, skipped: 0 };
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    const context = await steps.prepare(runner);
    const rows = readMappedRows(input, options.mapping, steps.fields, addProblem);
    for await (const batch of inBatches(rows, BATCH_SIZE)) {
      report.rows += batch.length;
      const valid = batch.flatMap((row) => {
        const result = steps.validate(row, context, (field, message) => addProblem({ row: row.row, column: row.columnOf[field] ?? field, message }));
        return result === null ? [] : [result];
      });
      const outcome = await steps.processBatch(runner, context, valid, problemCount === 0 && !options.dryRun);
      report.created += outcome.created;
      report.updated += outcome.updated;
      report.skipped += outcome.skipped;
    }
    const commit = problemCount === 0 && !options.dryRun;
    if (commit) {
      await runner.query(
        `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, changes) VALUES ($1, $2, 'import', $3, $4::jsonb)`,
        [options.actorId, steps.auditAction, randomUUID(), JSON.stringify([{ field: 'summary', from: null, to: report }])],
      );
      await runner.commitTransaction();
    } else {
      await runner.rollbackTransaction();
    }
    return { ...report, committed: commit, problemCount, problems };
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}

/** Audit rows for every record a batch created or updated, in one statement. */
export async function auditImportedRecords(
  runner: QueryRunner,
  actorId: string,
  entityType: string,
  records: { id: string; action: string; row: number }[],
): Promise<void> {
  if (!records.length) return;
  await runner.query(
    `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, changes)
     SELECT $1, v.action, $2, v.id, jsonb_build_array(jsonb_build_object('field', 'row', 'from', null, 'to', v.row))
       FROM unnest($3::text[], $4::text[], $5::int[]) AS v(action, id, row)`,
    [actorId, entityType, records.map((r) => r.action), records.map((r) => r.id), records.map((r) => r.row)],
  );
}
