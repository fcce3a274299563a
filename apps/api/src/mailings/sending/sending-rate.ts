import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../../config/app-config';
import { REDIS } from '../../core/redis/redis.module';

const KEY = 'all-workers';

/**
 * MAIL_RATE_PER_SECOND across every worker: one counter per second in Redis that all of them draw from. A send
 * takes one point; a refused draw waits until the second turns. Points are drawn one by one because a refused
 * draw of several would waste the points still left in that second.
 */
@Injectable()
export class SendingRate {
  private readonly limiter: RateLimiterRedis | null;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis) {
    this.limiter =
      config.MAIL_RATE_PER_SECOND > 0
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.REDIS_PREFIX}:mail-rate`, points: config.MAIL_RATE_PER_SECOND, duration: 1 })
        : null;
  }

  get limited(): boolean {
    return this.limiter !== null;
  }

  /** Waits until `count` sends are allowed; false when `abandon` turns true first (the points taken so far are spent). */
  async take(count: number, abandon: () => boolean): Promise<boolean> {
    const limiter = this.limiter;
    if (!limiter) return true;
    const one = async (): Promise<boolean> => {
      for (;;) {
        if (abandon()) return false;
        try {
          await limiter.consume(KEY, 1);
          return true;
        } catch (refusal) {
          if (!(refusal instanceof RateLimiterRes)) throw refusal;
          await new Promise((resolve) => setTimeout(resolve, Math.max(refusal.msBeforeNext, 5)));
        }
      }
    };
    const taken = await Promise.all(Array.from({ length: count }, one));
    return taken.every(Boolean);
  }
}
