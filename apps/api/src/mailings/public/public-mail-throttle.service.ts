import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { createHmac } from 'node:crypto';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../../config/app-config';
import { REDIS } from '../../core/redis/redis.module';
import { tooManyRequests } from './public-mail.errors';

/** Subscribe form submissions per client address. */
export const SUBSCRIBE_BUDGET = { points: 20, duration: 60 * 60, blockDuration: 60 * 60 };
/** Mails the subscribe form may send to one address: it must not become a way to flood someone's inbox. */
export const SUBSCRIBE_MAIL_BUDGET = { points: 3, duration: 24 * 60 * 60 };
/** Other public page calls per client address (reading lists and preferences, saving, confirming). */
export const PAGE_BUDGET = { points: 300, duration: 15 * 60, blockDuration: 15 * 60 };
/** Links that are forged, altered or cut short, per client: stops guessing, and never blocks real links. */
export const BAD_LINK_BUDGET = { points: 30, duration: 15 * 60, blockDuration: 15 * 60 };
/** Wrong webhook secrets per client. */
export const WEBHOOK_FAILURE_BUDGET = { points: 20, duration: 15 * 60, blockDuration: 15 * 60 };

/**
 * Budgets of the anonymous mailing endpoints, in Redis so every API process shares them. One-click
 * unsubscribes count only bad links: a mail provider posts many real ones from the same addresses
 * after a mailing, and none of them may be refused.
 */
@Injectable()
export class PublicMailThrottle {
  private readonly subscribes: RateLimiterRedis;
  private readonly subscribeMails: RateLimiterRedis;
  private readonly pages: RateLimiterRedis;
  private readonly badLinks: RateLimiterRedis;
  private readonly webhookFailures: RateLimiterRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    private readonly config: AppConfig,
  ) {
    const limiter = (name: string, budget: { points: number; duration: number; blockDuration?: number }) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.REDIS_PREFIX}:mailing-public:${name}`, ...budget });
    this.subscribes = limiter('subscribe', SUBSCRIBE_BUDGET);
    this.subscribeMails = limiter('subscribe-mail', SUBSCRIBE_MAIL_BUDGET);
    this.pages = limiter('page', PAGE_BUDGET);
    this.badLinks = limiter('bad-link', BAD_LINK_BUDGET);
    this.webhookFailures = limiter('webhook-failure', WEBHOOK_FAILURE_BUDGET);
  }

  async subscribe(client: string): Promise<void> {
    await this.refuseWhenSpent(this.badLinks, client, BAD_LINK_BUDGET.points);
    await consumeOrRefuse(this.subscribes, client);
  }

  /** A page call: refused when the client spent its page budget or sent too many bad links. */
  async page(client: string): Promise<void> {
    await this.refuseWhenSpent(this.badLinks, client, BAD_LINK_BUDGET.points);
    await consumeOrRefuse(this.pages, client);
  }

  /** One-click unsubscribes: only a client that sent too many bad links is refused. */
  async oneClick(client: string): Promise<void> {
    await this.refuseWhenSpent(this.badLinks, client, BAD_LINK_BUDGET.points);
  }

  /** Tracked clicks: like one-click unsubscribes, a mail provider's link scanner follows many real ones from one address. */
  async tracked(client: string): Promise<void> {
    await this.refuseWhenSpent(this.badLinks, client, BAD_LINK_BUDGET.points);
  }

  /** The open pixel answers an image whatever happens; this says whether the open may be counted. */
  async mayTrack(client: string): Promise<boolean> {
    const state = await this.badLinks.get(client);
    return !state || state.consumedPoints < BAD_LINK_BUDGET.points;
  }

  async badLink(client: string): Promise<void> {
    // consume() rejects once the budget is spent; that rejection is the block itself, not an error here.
    await this.badLinks.consume(client).catch(() => undefined);
  }

  /** Whether one more subscription mail may go to this address (the key is a keyed hash: Redis never holds the address). */
  async mayMail(address: string): Promise<boolean> {
    const key = createHmac('sha256', this.config.appSecret).update(`subscribe-mail:${address.toLowerCase()}`).digest('base64url');
    try {
      await this.subscribeMails.consume(key);
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false;
      throw rejection;
    }
  }

  async webhook(client: string): Promise<void> {
    await this.refuseWhenSpent(this.webhookFailures, client, WEBHOOK_FAILURE_BUDGET.points);
  }

  async webhookFailure(client: string): Promise<void> {
    await this.webhookFailures.consume(client).catch(() => undefined);
  }

  private async refuseWhenSpent(limiter: RateLimiterRedis, client: string, points: number): Promise<void> {
    const state = await limiter.get(client);
    if (state && state.consumedPoints >= points) throw tooManyRequests(Math.ceil(state.msBeforeNext / 1000));
  }
}

async function consumeOrRefuse(limiter: RateLimiterRedis, client: string): Promise<void> {
  try {
    await limiter.consume(client);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw tooManyRequests(Math.ceil(rejection.msBeforeNext / 1000));
  }
}
