import type Redis from 'ioredis';

const END_TIMEOUT_MS = 2000;

/**
 * Settles once the connection has fully ended (or after a short timeout). `quit()` and `disconnect()` return
 * before the socket closes; commands still queued are rejected only then. Waiting here keeps those late
 * rejections inside the shutdown that caused them instead of surfacing in whatever runs next.
 */
export function redisConnectionEnded(connection: Redis): Promise<void> {
  if (connection.status === 'end') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, END_TIMEOUT_MS);
    timer.unref();
    function done() {
      clearTimeout(timer);
      connection.off('end', done);
      resolve();
    }
    connection.once('end', done);
  });
}

/** Quits politely, falls back to dropping the socket, and returns once the connection has ended. */
export async function closeRedisConnection(connection: Redis): Promise<void> {
  const ended = redisConnectionEnded(connection);
  if (connection.status !== 'end') await connection.quit().catch(() => connection.disconnect());
  await ended;
}
