import { PGlite } from '@electric-sql/pglite';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import path from 'node:path';
import { DirectoryLock } from './directory-lock';
import { ConnectionTurns } from './embedded-connection-turns';

export interface EmbeddedPostgres {
  /** A postgres:// URL on loopback: TypeORM and pg connect to it as to any Postgres. */
  url: string;
  directory: string;
  /** Stops listening, closes the connections and shuts PGlite down cleanly (a checkpoint). */
  stop(): Promise<void>;
}

/** The extensions the migrations create (CREATE EXTENSION citext, unaccent, pg_trgm; gen_random_uuid's pgcrypto). */
const EXTENSIONS = { citext, pg_trgm, unaccent, pgcrypto };

/**
 * Postgres compiled to WebAssembly (PGlite), persisted in `directory`, served over the Postgres wire protocol on a
 * free loopback port. PGlite is one backend: connections take turns (see ConnectionTurns), so a transaction
 * holds the whole database until it ends. One process at a time may open the directory (a lock file beside it).
 */
export async function startEmbeddedPostgres(directory: string, options: { warn?: (message: string) => void } = {}): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(directory);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lock = DirectoryLock.acquire(`${dataDir}.lock`, 'the embedded database');
  let db: PGlite | null = null;
  let server: Server | null = null;
  try {
    db = await PGlite.create({ dataDir, extensions: EXTENSIONS });
    const turns = new ConnectionTurns(db, options.warn);
    const sockets = new Set<Socket>();
    const handlers = new Set<PGLiteSocketHandler>();
    server = createServer((socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      // The handler frames the protocol's messages; the turns decide when each connection may run them.
      const handler = new PGLiteSocketHandler({ queryQueue: turns.asQueryQueue(), closeOnDetach: true });
      handlers.add(handler);
      handler.addEventListener('close', () => handlers.delete(handler));
      handler.attach(socket).catch(() => socket.destroy());
    });
    const listening = server;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = listening.address() as AddressInfo;
    const opened = db;
    let stopped: Promise<void> | null = null;
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      directory: dataDir,
      stop() {
        stopped ??= (async () => {
          await new Promise<void>((resolve) => {
            listening.close(() => resolve());
            for (const handler of handlers) void handler.detach(true);
            for (const socket of sockets) socket.destroy();
          });
          await turns.idle();
          await opened.close();
          lock.release();
        })();
        return stopped;
      },
    };
  } catch (error) {
    server?.close();
    await db?.close().catch(() => undefined);
    lock.release();
    throw error;
  }
}
