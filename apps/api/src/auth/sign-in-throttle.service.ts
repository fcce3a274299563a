import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { REDIS } from '../core/redis/redis.module';
import { authError, AuthErrorCode } from './auth.errors';

/** Failed sign-ins allowed per account, and per client address, before a pause. */
const PER_ACCOUNT = { points: 10, duration: 15 * 60, blockDuration: 15 * 60 };
const PER_CLIENT = { points: 50, duration: 60 * 60, blockDuration: 60 * 60 };

/**
 * Slows down password guessing, in Redis so that every API process shares the count:
 * per account (a targeted attack) and per client (spraying many accounts).
 */
@Injectable()
export class SignInThrottleService {
  private readonly perAccount: RateLimiterRedis;
  private readonly perClient: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, config: AppConfig) {
    this.perAccount = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.REDIS_PREFIX}:signin:account`, ...PER_ACCOUNT });
    this.perClient = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.REDIS_PREFIX}:signin:client`, ...PER_CLIENT });
  }

  /** Refuses before the password is even checked when either budget is spent. */
  async assertAllowed(email: string, client: string): Promise<void> {
    const [account, fromClient] = await Promise.all([this.perAccount.get(accountKey(email)), this.perClient.get(client)]);
    const spent = [
      { state: account, budget: PER_ACCOUNT },
      { state: fromClient, budget: PER_CLIENT },
    ].filter(({ state, budget }) => state !== null && state.consumedPoints >= budget.points);
    if (spent.length) {
      const waitMs = Math.max(...spent.map(({ state }) => (state as RateLimiterRes).msBeforeNext));
      throw authError(AuthErrorCode.TOO_MANY_ATTEMPTS, { retryAfterSeconds: Math.ceil(waitMs / 1000) });
    }
  }

  async recordFailure(email: string, client: string): Promise<void> {
    // consume() rejects once a budget is spent; that rejection is the block itself, not an error here.
    await Promise.all([
      this.perAccount.consume(accountKey(email)).catch(() => undefined),
      this.perClient.consume(client).catch(() => undefined),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(accountKey(email));
  }
}

function accountKey(email: string): string {
  return email.trim().toLowerCase();
}
