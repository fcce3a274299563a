import { SetMetadata } from '@nestjs/common';
import { JobDefinition } from './job-definition';

export const JOB_HANDLER = 'alliance:job-handler';

/** A provider that handles one job. Registered only in the worker process. */
export interface JobHandler<Payload> {
  handle(payload: Payload, context: { attempt: number }): Promise<void>;
}

export function HandlesJob(job: JobDefinition<unknown>): ClassDecorator {
  return SetMetadata(JOB_HANDLER, job.name);
}
