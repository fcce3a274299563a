import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type Redis from 'ioredis';
import { Allow, ANONYMOUS } from '../auth/allow.decorator';
import { REDIS } from '../redis/redis.module';

/** GET /health: 200 when Postgres and Redis answer, 503 naming what is down. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @Allow(ANONYMOUS)
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      async () => {
        const indicator = this.indicators.check('redis');
        let timer: NodeJS.Timeout | undefined;
        try {
          const answer = await Promise.race([
            this.redis.ping(),
            new Promise<string>((_, reject) => {
              timer = setTimeout(() => reject(new Error('no answer within 2 s')), 2000);
            }),
          ]);
          return answer === 'PONG' ? indicator.up() : indicator.down({ message: 'unexpected answer' });
        } catch (error) {
          return indicator.down({ message: error instanceof Error ? error.message : 'unreachable' });
        } finally {
          clearTimeout(timer);
        }
      },
    ]);
  }
}
