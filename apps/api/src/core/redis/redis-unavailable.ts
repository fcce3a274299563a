/** What ioredis says when a command cannot reach Redis, instead of an answer from Redis itself. */
const UNAVAILABLE_MESSAGES = [
  /^Stream isn't writeable and enableOfflineQueue options is false/,
  /^Reached the max retries per request limit/,
  /^Connection is closed\./,
  /^Command timed out/,
  // Redis answers this while it reads its append-only file back after a restart.
  /^LOADING /,
];

/** True when the error means Redis is unreachable or not ready (down, restarting), not that the command was wrong. */
export function isRedisUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { name, message, cause } = error as { name?: unknown; message?: unknown; cause?: unknown };
  if (name === 'MaxRetriesPerRequestError') return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  return isRedisUnavailable(cause, depth + 1);
}
