import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value as COPY's text format spells it. */
export type CopyValue = string | number | boolean | Date | null | undefined | readonly string[];

function escapeText(text: string): string {
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : text;
}

function formatValue(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  // A Postgres array literal, every element quoted; then escaped for the COPY text format.
  return escapeText(`{${value.map((item) => `"${item.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`);
}

interface TableBuffer {
  columns: readonly string[];
  lines: string[];
}

export interface TableStats {
  rows: number;
  bytes: number;
  copyMs: number;
}

/** Flush once this many characters are buffered: large COPY batches, bounded memory. */
const FLUSH_AT_CHARS = 16 * 1024 * 1024;

/**
 * Streams generated rows into Postgres with COPY FROM STDIN (text format) on one connection.
 * Rows are buffered per table and sent in large batches, tables in the order they were declared
 * (parents before children, so foreign keys hold at every batch); while one batch is being copied
 * the generator keeps producing the next.
 */
export class CopyLoader {
  private readonly tables = new Map<string, TableBuffer>();
  readonly stats = new Map<string, TableStats>();
  private buffered = 0;
  private inFlight: Promise<void> | null = null;
  private failure: unknown = null;

  constructor(private readonly client: PoolClient) {}

  declare(table: string, columns: readonly string[]): void {
    if (!this.tables.has(table)) this.tables.set(table, { columns, lines: [] });
    if (!this.stats.has(table)) this.stats.set(table, { rows: 0, bytes: 0, copyMs: 0 });
  }

  push(table: string, values: readonly CopyValue[]): void {
    const buffer = this.tables.get(table);
    if (!buffer) throw new Error(`Table ${table} was not declared`);
    if (values.length !== buffer.columns.length) throw new Error(`${table}: ${values.length} values for ${buffer.columns.length} columns`);
    let line = formatValue(values[0]);
    for (let i = 1; i < values.length; i++) line += `\t${formatValue(values[i])}`;
    line += '\n';
    buffer.lines.push(line);
    this.buffered += line.length;
  }

  /** Starts copying the buffered rows once there are enough of them; waits for the previous batch first. */
  async maybeFlush(): Promise<void> {
    if (this.buffered >= FLUSH_AT_CHARS) await this.flush(false);
  }

  /** Copies everything buffered; with `wait`, also waits until Postgres has it. */
  async flush(wait = true): Promise<void> {
    await this.settle();
    const batch = [...this.tables.entries()]
      .filter(([, buffer]) => buffer.lines.length)
      .map(([table, buffer]) => {
        const lines = buffer.lines;
        buffer.lines = [];
        return { table, columns: buffer.columns, lines };
      });
    this.buffered = 0;
    if (batch.length) {
      this.inFlight = this.copyBatch(batch).catch((error: unknown) => {
        this.failure = error;
      });
    }
    if (wait) await this.settle();
  }

  private async settle(): Promise<void> {
    if (this.inFlight) await this.inFlight;
    this.inFlight = null;
    if (this.failure) throw this.failure;
  }

  private async copyBatch(batch: { table: string; columns: readonly string[]; lines: string[] }[]): Promise<void> {
    for (const { table, columns, lines } of batch) {
      const started = performance.now();
      const sql = `COPY "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) FROM STDIN`;
      let bytes = 0;
      const chunks = (function* () {
        // ~1 MB writes: fewer stream round trips than one per row.
        for (let i = 0; i < lines.length; i += 4096) {
          const chunk = lines.slice(i, i + 4096).join('');
          bytes += chunk.length;
          yield chunk;
        }
      })();
      await pipeline(Readable.from(chunks), this.client.query(copyFrom(sql)));
      const stats = this.stats.get(table)!;
      stats.rows += lines.length;
      stats.bytes += bytes;
      stats.copyMs += performance.now() - started;
    }
  }
}
