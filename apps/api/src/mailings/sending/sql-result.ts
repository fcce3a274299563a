import { DataSource, EntityManager } from 'typeorm';

/** Rows and affected count of a raw statement, whatever its kind (TypeORM answers [rows, count] only for UPDATE and DELETE). */
export async function execute<Row>(executor: DataSource | EntityManager, sql: string, params: unknown[] = []): Promise<{ rows: Row[]; count: number }> {
  const result: unknown = await executor.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return { rows: result[0] as Row[], count: result[1] };
  }
  const rows = (Array.isArray(result) ? result : []) as Row[];
  return { rows, count: rows.length };
}
