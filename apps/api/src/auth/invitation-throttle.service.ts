import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { REDIS } from '../core/redis/redis.module';
import { domainError, ErrorCode } from '../core/graphql/errors';

/** Calls of the anonymous invitation operations allowed per client address, before a pause. */
export const INVITATION_BUDGET = { points: 30, duration: 15 * 60, blockDuration: 15 * 60 };

/**
 * The invitation link's operations answer anyone: each call counts against the client address (in
 * Redis, shared by every API process), which stops token guessing and the password hashing of
 * acceptInvitation from being used to load the server.
 */
@Injectable()
export class InvitationThrottleService {
  private readonly perClient: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, config: AppConfig) {
    this.perClient = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.REDIS_PREFIX}:invitation:client`, ...INVITATION_BUDGET });
  }

  async consume(client: string): Promise<void> {
    try {
      await this.perClient.consume(client);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      throw domainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many invitation attempts from this address. Wait a few minutes, then try again.', {
        retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000),
      });
    }
  }
}
