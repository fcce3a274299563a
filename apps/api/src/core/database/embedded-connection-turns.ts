import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';

const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const COPY_DATA = 0x64; // 'd'
const COPY_DONE = 0x63; // 'c'
const COPY_FAIL = 0x66; // 'f'
const COPY_IN_RESPONSE = 0x47; // 'G'
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I': ReadyForQuery outside a transaction block
/** A connection waiting this long for its turn is worth a warning: something holds a transaction open. */
const SLOW_TURN_MS = 10_000;

/** CopyInResponse, text format, no per-column formats: all a client needs to start sending rows. */
const COPY_IN_READY = Uint8Array.from([COPY_IN_RESPONSE, 0, 0, 0, 7, 0, 0, 0]);

interface Waiting {
  connection: number;
  go: () => void;
  refuse: (error: Error) => void;
}

/**
 * Which connection PGlite (one backend) serves, and when. A connection keeps its turn from its first message until
 * PGlite answers ReadyForQuery outside a transaction block: the messages of one extended-protocol query (Parse,
 * Bind, Execute, Sync, possibly split over several TCP reads) and every statement of a transaction run together,
 * never interleaved with another connection's. The others wait, first come first served, as they would for a
 * lock in Postgres: a transaction that waits for another connection's query waits for ever (hence the warning).
 *
 * COPY ... FROM STDIN: PGlite reads the rows from the same input as the statement, so the statement is held,
 * the client is told to send its rows, and the whole exchange runs at once when the client says it is done.
 */
export class ConnectionTurns {
  private holder: number | null = null;
  private readonly waiting: Waiting[] = [];
  private readonly copies = new Map<number, Uint8Array[]>();
  /** Each connection's last message: the handler may hand over the next before that one ran (a message split over reads). */
  private readonly tails = new Map<number, Promise<unknown>>();
  private current: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: PGlite,
    private readonly warn: (message: string) => void = () => undefined,
  ) {}

  /** What PGLiteSocketHandler expects of its queue (its own queue lets messages of two connections interleave). */
  asQueryQueue(): PGLiteSocketHandlerOptions['queryQueue'] {
    return {
      enqueue: (connection: number, message: Uint8Array, onData: (data: Uint8Array) => void) => this.enqueue(connection, message, onData),
      clearQueueForHandler: (connection: number) => this.forget(connection),
      clearTransactionIfNeeded: (connection: number) => this.end(connection),
    } as unknown as PGLiteSocketHandlerOptions['queryQueue'];
  }

  enqueue(connection: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    const previous = this.tails.get(connection) ?? Promise.resolve();
    const handled = previous.catch(() => undefined).then(() => this.handle(connection, message, onData));
    this.tails.set(connection, handled);
    return handled;
  }

  private async handle(connection: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    const copy = this.copies.get(connection);
    if (copy) {
      copy.push(message);
      if (message[0] === COPY_DATA) return 0;
      if (message[0] !== COPY_DONE && message[0] !== COPY_FAIL) return 0;
      this.copies.delete(connection);
      return this.runCopy(connection, copy, onData);
    }
    if (message[0] === TERMINATE) {
      await this.end(connection);
      return 0;
    }
    await this.turn(connection);
    if (message[0] === QUERY && isCopyFromStdin(message)) {
      this.copies.set(connection, [message]);
      onData(COPY_IN_READY);
      return COPY_IN_READY.length;
    }
    return this.run(connection, message, onData);
  }

  /** Settles once what PGlite is running now has finished. */
  async idle(): Promise<void> {
    await this.current.catch(() => undefined);
  }

  private async run(connection: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    const answers = new BackendMessages();
    let bytes = 0;
    try {
      await this.exclusive(() =>
        this.db.execProtocolRawStream(message, {
          onRawData: (chunk) => {
            answers.scan(chunk);
            bytes += chunk.length;
            onData(chunk);
          },
        }),
      );
    } catch (error) {
      this.leave(connection);
      throw error;
    }
    if (answers.readyOutsideTransaction) this.leave(connection);
    return bytes;
  }

  private async runCopy(connection: number, messages: Uint8Array[], onData: (data: Uint8Array) => void): Promise<number> {
    let answer: Uint8Array;
    try {
      answer = await this.exclusive(() => this.db.execProtocolRaw(Buffer.concat(messages)));
    } catch (error) {
      this.leave(connection);
      throw error;
    }
    // The client already had its CopyInResponse: pass on the rest (CommandComplete or the error, ReadyForQuery).
    const rest = withoutMessagesOfType(answer, COPY_IN_RESPONSE);
    const answers = new BackendMessages();
    answers.scan(rest);
    onData(rest);
    if (answers.readyOutsideTransaction) this.leave(connection);
    return rest.length;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.db.runExclusive(work);
    this.current = result;
    return result;
  }

  private turn(connection: number): Promise<void> {
    if (this.holder === null || this.holder === connection) {
      this.holder = connection;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const slow = setTimeout(() => {
        this.warn(
          `a database connection has waited ${SLOW_TURN_MS / 1000} s for another one's transaction to end (the embedded database runs one transaction at a time)`,
        );
      }, SLOW_TURN_MS);
      slow.unref();
      this.waiting.push({
        connection,
        go: () => {
          clearTimeout(slow);
          resolve();
        },
        refuse: (error) => {
          clearTimeout(slow);
          reject(error);
        },
      });
    });
  }

  private leave(connection: number): void {
    if (this.holder !== connection) return;
    const next = this.waiting.shift();
    this.holder = next?.connection ?? null;
    next?.go();
  }

  private forget(connection: number): void {
    this.copies.delete(connection);
    this.tails.delete(connection);
    for (let index = this.waiting.length - 1; index >= 0; index--) {
      if (this.waiting[index].connection === connection) this.waiting.splice(index, 1)[0].refuse(new Error('The connection closed'));
    }
  }

  /** A connection that leaves mid-transaction (a crash, a pool dropping it) leaves nothing behind: its work is rolled back. */
  private async end(connection: number): Promise<void> {
    this.forget(connection);
    if (this.holder !== connection) return;
    try {
      // exec takes PGlite's own lock: not inside exclusive().
      if (this.db.isInTransaction()) await (this.current = this.db.exec('ROLLBACK'));
    } finally {
      this.leave(connection);
    }
  }
}

function isCopyFromStdin(message: Uint8Array): boolean {
  const sql = Buffer.from(message.subarray(5)).toString('utf8');
  return /^\s*copy\s[\s\S]*\sfrom\s+stdin\b/i.test(sql);
}

/** The backend's messages, whole (type, length, body), without those of one type. */
function withoutMessagesOfType(answer: Uint8Array, type: number): Uint8Array {
  const buffer = Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength);
  const kept: Buffer[] = [];
  for (let offset = 0; offset + 5 <= buffer.length; ) {
    const end = offset + 1 + buffer.readInt32BE(offset + 1);
    if (buffer[offset] !== type) kept.push(buffer.subarray(offset, end));
    offset = end;
  }
  return Buffer.concat(kept);
}

/**
 * Follows the backend's messages as they stream out, in chunks that need not align with messages, to tell
 * whether the last one was ReadyForQuery outside a transaction block.
 */
export class BackendMessages {
  private header: number[] = [];
  private bodyLeft = 0;
  private type = 0;
  private status = 0;
  private lastType = 0;
  private lastStatus = 0;

  scan(chunk: Uint8Array): void {
    let index = 0;
    while (index < chunk.length) {
      if (this.bodyLeft === 0 && this.header.length < 5) {
        this.header.push(chunk[index++]);
        if (this.header.length < 5) continue;
        this.type = this.header[0];
        this.bodyLeft = Buffer.from(this.header).readInt32BE(1) - 4;
        this.status = 0;
        if (this.bodyLeft === 0) this.complete();
        continue;
      }
      if (this.type === READY_FOR_QUERY && this.status === 0) this.status = chunk[index];
      const take = Math.min(this.bodyLeft, chunk.length - index);
      index += take;
      this.bodyLeft -= take;
      if (this.bodyLeft === 0) this.complete();
    }
  }

  get readyOutsideTransaction(): boolean {
    return this.lastType === READY_FOR_QUERY && this.lastStatus === IDLE;
  }

  private complete(): void {
    this.lastType = this.type;
    this.lastStatus = this.status;
    this.header = [];
  }
}
