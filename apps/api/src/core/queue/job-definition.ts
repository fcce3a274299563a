/**
 * A named, typed job. Domains define theirs next to the code that produces them:
 *
 *   export const SEND_MAIL = defineJob<OutgoingMail>('mail.send');
 *   await queue.add(SEND_MAIL, mail);
 *
 * Every defined job must have exactly one handler in the worker, or the worker refuses to start.
 */
export interface JobDefinition<Payload> {
  readonly name: string;
  /** Phantom field: carries the payload type; never set. */
  readonly payload?: Payload;
}

export type PayloadOf<D> = D extends JobDefinition<infer P> ? P : never;

const definitions = new Map<string, JobDefinition<unknown>>();

export function defineJob<Payload>(name: string): JobDefinition<Payload> {
  if (definitions.has(name)) throw new Error(`Job "${name}" is defined twice`);
  const definition: JobDefinition<Payload> = Object.freeze({ name });
  definitions.set(name, definition);
  return definition;
}

export function definedJobNames(): string[] {
  return [...definitions.keys()].sort();
}
