import { Inject, Injectable } from '@nestjs/common';
import { JobDefinition } from './job-definition';
import { JobOptions, QUEUE_DRIVER, QueueDriver } from './queue-driver';

/** What producers inject: add a typed job by its definition. */
@Injectable()
export class QueueService {
  constructor(@Inject(QUEUE_DRIVER) private readonly driver: QueueDriver) {}

  add<Payload>(job: JobDefinition<Payload>, payload: Payload, options: JobOptions = {}): Promise<void> {
    return this.driver.add(job.name, payload, options);
  }

  ping(): Promise<boolean> {
    return this.driver.ping();
  }
}
