import { BullModule, getQueueToken } from '@nestjs/bull';
import { BeforeApplicationShutdown, Global, Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Queue } from 'bull';
import { AppConfig } from '../../config/app-config';
import { redisRetryDelay } from '../redis/redis.module';
import { ALLIANCE_QUEUE, BullQueueDriver, WORKER_CONCURRENCY } from './bull-queue.driver';
import { OutboxRelay } from './outbox-relay';
import { QUEUE_DRIVER, QueueDriver } from './queue-driver';
import { QueuedJobEntity } from './queued-job.entity';
import { QueueService } from './queue.service';

/**
 * The producer side of the queue and the outbox relay, in every process. Handlers register only in
 * QueueWorkerModule.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([QueuedJobEntity]),
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        url: config.REDIS_URL,
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
    OutboxRelay,
    QueueService,
  ],
  exports: [QueueService, QUEUE_DRIVER],
})
export class QueueModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
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
