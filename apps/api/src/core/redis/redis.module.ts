import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, QueueDriverKind } from '../../config/app-config';
import { InProcessRedis } from './in-process-redis';
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

/**
 * The shared Redis connection (REDIS). With the in-process queue there is no Redis: the same token gives an
 * in-memory store that answers the throttles' commands (InProcessRedis), so their code is the same on both.
 */
@Global()
@Module({})
export class RedisModule implements OnApplicationShutdown {
  static forDriver(queueDriver: QueueDriverKind): DynamicModule {
    const provider =
      queueDriver === 'inline'
        ? { provide: REDIS, useFactory: () => new InProcessRedis() }
        : { provide: REDIS, inject: [AppConfig], useFactory: (config: AppConfig) => connectSharedRedis(config.redisUrl) };
    return { module: RedisModule, global: true, providers: [provider], exports: [REDIS] };
  }

  constructor(@Inject(REDIS) private readonly redis: Redis | InProcessRedis) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis instanceof InProcessRedis) await this.redis.quit();
    else await closeRedisConnection(this.redis);
  }
}
