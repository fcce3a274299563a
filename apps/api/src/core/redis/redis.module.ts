import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../../config/app-config';
import { closeRedisConnection } from './redis-connection-end';

export const REDIS = Symbol('REDIS');

/** How long start-up waits for Redis before going on without it (the API serves most requests without Redis). */
const READY_WAIT_MS = 3000;

/** Reconnects quickly once Redis is back: every 200 ms at first, then every 2 s, for as long as it takes. */
export function redisRetryDelay(times: number): number {
  return Math.min(times * 200, 2000);
}

/**
 * One shared Redis connection for everything but Bull (which manages its own): throttles, caches, health.
 * While Redis is down a command fails at once (no offline queue) instead of holding the request until Redis
 * returns: the caller gets a clear "unavailable" error, and a throttle never lets a request through unchecked.
 * A command to a Redis that accepts the connection but does not answer fails after 2 s.
 */
export async function connectSharedRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 2000,
    connectTimeout: 5000,
    retryStrategy: redisRetryDelay,
  });
  // Reconnection attempts report their errors here; /health says Redis is down, once is enough for the log.
  let reported = false;
  redis.on('error', (error: Error) => {
    if (!reported) new Logger('Redis').warn({ err: error }, 'Redis connection lost; reconnecting');
    reported = true;
  });
  redis.on('ready', () => {
    reported = false;
  });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, READY_WAIT_MS);
    function done() {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    }
    redis.once('ready', done);
  });
  return redis;
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => connectSharedRedis(config.REDIS_URL),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedisConnection(this.redis);
  }
}
