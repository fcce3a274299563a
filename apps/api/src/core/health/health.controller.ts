import { Controller, Get, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { Allow, ANONYMOUS } from '../auth/allow.decorator';
import { Dependency } from '../graphql/errors';
import { REDIS } from '../redis/redis.module';

/** A dependency that has not answered within this long counts as down: /health itself answers within it. */
const PROBE_TIMEOUT_MS = 2000;

class NoAnswer extends Error {}

/**
 * GET /health: 200 when Postgres and Redis answer (Postgres alone with the in-process queue), 503 naming what is down. Each probe gives up after 2 s, so
 * the answer comes within that even when a dependency hangs rather than refuses. Anyone may call it: the
 * answer says up or down and why in a few words, never the driver's error (addresses, ports).
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Allow(ANONYMOUS)
  @HealthCheck()
  check() {
    const database = () => this.probe('database', async () => this.dataSource.query('SELECT 1'));
    // Without Redis (the in-process queue) there is nothing to probe but the database.
    if (this.config.queueDriver === 'inline') return this.health.check([database]);
    return this.health.check([
      database,
      () =>
        this.probe('redis', async () => {
          if ((await this.redis.ping()) !== 'PONG') throw new Error('unexpected answer');
        }),
    ]);
  }

  private async probe(key: Dependency, ping: () => Promise<unknown>): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new NoAnswer()), PROBE_TIMEOUT_MS);
        }),
      ]);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof NoAnswer ? `no answer within ${PROBE_TIMEOUT_MS / 1000} s` : 'unreachable' });
    } finally {
      clearTimeout(timer);
    }
  }
}
