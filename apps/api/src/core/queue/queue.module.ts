import { BullModule, getQueueToken } from '@nestjs/bull';
import { BeforeApplicationShutdown, DynamicModule, Global, Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Queue } from 'bull';
import { AppConfig, QueueDriverKind } from '../../config/app-config';
import { redisRetryDelay } from '../redis/redis.module';
import { ALLIANCE_QUEUE, BullQueueDriver, WORKER_CONCURRENCY } from './bull-queue.driver';
import { InlineQueueDriver } from './inline-queue.driver';
import { OutboxRelay } from './outbox-relay';
import { QUEUE_DRIVER, QueueDriver } from './queue-driver';
import { QueuedJobEntity } from './queued-job.entity';
import { QueueService } from './queue.service';

/** The Bull driver and what it needs: a connection to Redis for the queue's own commands. */
function bullDriver(): Pick<DynamicModule, 'imports' | 'providers'> {
  return {
    imports: [
      BullModule.forRootAsync({
        inject: [AppConfig],
        useFactory: (config: AppConfig) => ({
          url: config.redisUrl,
          prefix: `${config.REDIS_PREFIX}:bull`,
          redis: {
            // Bull's own default waits up to 20 s between reconnection attempts once Redis has been down a
            // while; this one notices it is back within 2 s. Commands fail after two failed reconnections
            // instead of waiting (Bull's blocking connections keep waiting: Bull sets their limit to none).
            retryStrategy: redisRetryDelay,
            maxRetriesPerRequest: 2,
            connectTimeout: 5000,
          },
          settings: {
            // A job whose worker died (or lost Redis) mid-run is run again once its lock expires; by default Bull
            // fails it for good if that happens a second time. Handlers are idempotent, so a job caught by two
            // separate outages runs again instead of being dropped (a crash loop still ends after three).
            maxStalledCount: 3,
          },
        }),
      }),
      BullModule.registerQueue({ name: ALLIANCE_QUEUE }),
    ],
    providers: [
      {
        provide: QUEUE_DRIVER,
        inject: [getQueueToken(ALLIANCE_QUEUE)],
        useFactory: (queue: Queue) => new BullQueueDriver(queue, WORKER_CONCURRENCY),
      },
    ],
  };
}

/**
 * The producer side of the queue and the outbox relay, in every process, on the driver chosen at start-up
 * (Bull on Redis, or in this process). Handlers register only in QueueWorkerModule.
 */
@Global()
@Module({})
export class QueueModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  static forDriver(kind: QueueDriverKind): DynamicModule {
    const driver: Pick<DynamicModule, 'imports' | 'providers'> =
      kind === 'inline' ? { imports: [], providers: [{ provide: QUEUE_DRIVER, useFactory: () => new InlineQueueDriver(WORKER_CONCURRENCY) }] } : bullDriver();
    return {
      module: QueueModule,
      global: true,
      imports: [TypeOrmModule.forFeature([QueuedJobEntity]), ...(driver.imports ?? [])],
      providers: [...(driver.providers ?? []), OutboxRelay, QueueService],
      exports: [QueueService, QUEUE_DRIVER],
    };
  }

  constructor(
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
    private readonly relay: OutboxRelay,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  /**
   * Before Bull's own shutdown hook, so the driver knows the stop is expected (and waits for running jobs);
   * the relay first, so no pass is left between the queue and the outbox.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop();
    await this.driver.close();
  }
}
