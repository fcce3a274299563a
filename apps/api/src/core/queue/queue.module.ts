import { BullModule, getQueueToken } from '@nestjs/bull';
import { BeforeApplicationShutdown, Global, Inject, Module } from '@nestjs/common';
import type { Queue } from 'bull';
import { AppConfig } from '../../config/app-config';
import { ALLIANCE_QUEUE, BullQueueDriver } from './bull-queue.driver';
import { QUEUE_DRIVER, QueueDriver } from './queue-driver';
import { QueueService } from './queue.service';

const WORKER_CONCURRENCY = 8;

/** The producer side of the queue, in every process. Handlers register only in QueueWorkerModule. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        url: config.REDIS_URL,
        prefix: `${config.REDIS_PREFIX}:bull`,
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
    QueueService,
  ],
  exports: [QueueService, QUEUE_DRIVER],
})
export class QueueModule implements BeforeApplicationShutdown {
  constructor(@Inject(QUEUE_DRIVER) private readonly driver: QueueDriver) {}

  /** Before Bull's own shutdown hook, so the driver knows the stop is expected (and waits for running jobs). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}
