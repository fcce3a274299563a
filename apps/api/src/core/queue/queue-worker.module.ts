import { Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';
import { definedJobNames } from './job-definition';
import { JOB_HANDLER, JobHandler } from './job-handler.decorator';
import { JobHandlerFunction, QUEUE_DRIVER, QueueDriver } from './queue-driver';

/** Raised at start-up when a defined job has no handler or two. */
export class JobWiringError extends Error {}

/** Pairs every defined job with its one handler; throws listing every job left unhandled or handled twice. */
export function wireHandlers(
  jobNames: readonly string[],
  handlers: readonly { name: string; handle: JobHandlerFunction }[],
): Map<string, JobHandlerFunction> {
  const wired = new Map<string, JobHandlerFunction>();
  const problems: string[] = [];
  for (const { name, handle } of handlers) {
    if (wired.has(name)) problems.push(`job "${name}" has more than one handler`);
    if (!jobNames.includes(name)) problems.push(`a handler is registered for unknown job "${name}"`);
    wired.set(name, handle);
  }
  for (const name of jobNames) if (!wired.has(name)) problems.push(`job "${name}" has no handler`);
  if (problems.length) throw new JobWiringError(`Queue wiring is broken: ${problems.join('; ')}`);
  return wired;
}

@Injectable()
class QueueWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger('Worker');

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handlers = this.discovery
      .getProviders()
      .filter((wrapper) => wrapper.metatype && wrapper.instance && Reflect.getMetadata(JOB_HANDLER, wrapper.metatype))
      .map((wrapper) => {
        const instance = wrapper.instance as JobHandler<unknown>;
        const name: string = Reflect.getMetadata(JOB_HANDLER, wrapper.metatype as object);
        return { name, handle: (payload: unknown, context: { attempt: number }) => instance.handle(payload, context) };
      });
    const wired = wireHandlers(definedJobNames(), handlers);
    await this.driver.process(wired);
    this.logger.log(`processing jobs: ${[...wired.keys()].join(', ')}`);
  }
}

/** Imported only by the worker role: this is where jobs actually run. */
@Module({ imports: [DiscoveryModule], providers: [QueueWorker] })
export class QueueWorkerModule {}
