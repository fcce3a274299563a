import { setTimeout as sleep } from 'node:timers/promises';
import { ApiAnswer, ApiClient, ApiError } from './api-client';

export type MutationKind = 'createOrganisation' | 'inviteUser' | 'resendInvitation' | 'signIn';

/** A mutation the load sent, and what the API said. */
export interface MutationRecord {
  kind: MutationKind;
  /** What identifies its effect: the organisation's name, the invited address. */
  key: string;
  /** The API returned data without errors. */
  accepted: boolean;
  /** The first error's code, when refused. */
  code?: string;
  dependency?: string;
  startedAt: number;
  endedAt: number;
}

export interface ReadRecord {
  ok: boolean;
  code?: string;
  dependency?: string;
  startedAt: number;
  endedAt: number;
}

/** Pause of each client between two requests: a busy office, not a benchmark. */
const THINK_MS = 80;

/** What must never reach a client: SQL, driver and socket errors, file paths and stack frames. */
const LEAK = /\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set)\b|ECONN|EPIPE|QueryFailed|ioredis|node_modules|\.js:\d+|\n\s+at /i;

/** Why an error is not one a client can act on (no code, no message, internal details), or null when it is. */
export function unclearError(error: ApiError): string | null {
  if (typeof error.extensions?.code !== 'string') return `an error without a code: ${JSON.stringify(error).slice(0, 300)}`;
  if (typeof error.message !== 'string' || error.message.trim().length < 10) return `an error without a message for people: ${JSON.stringify(error).slice(0, 300)}`;
  if (error.extensions.stacktrace !== undefined) return `an error with a stack trace (${error.extensions.code})`;
  if (LEAK.test(error.message) || LEAK.test(JSON.stringify(error.extensions))) return `an error that leaks internals: ${JSON.stringify(error).slice(0, 300)}`;
  return null;
}

/** A small seeded generator, so a failing run can be replayed with the same mix. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CREATE_ORGANISATION = 'mutation Create($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }';
const INVITE_USER = 'mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { id email } }';
const RESEND_INVITATION = 'mutation Resend($userId: ID!) { resendInvitation(userId: $userId) { id } }';
const READS = [
  'query { organisations(first: 5) { totalCount edges { node { id name type } } } }',
  'query { users(first: 5, filter: { search: "invitee" }) { totalCount edges { node { id email status } } } }',
  'query { me { id email role } }',
];

/**
 * A bounded number of signed-in coordinators, each sending one request at a time for as long as the run
 * lasts: reads, organisations with unique names, invitations (each queues a mail), now and then a resent
 * invitation or a fresh sign-in. Every mutation's outcome is recorded, every error checked for clarity.
 */
export class LoadLoop {
  readonly mutations: MutationRecord[] = [];
  readonly reads: ReadRecord[] = [];
  /** Answers no client could act on: the run fails if there is any. */
  readonly problems: string[] = [];
  private stopped = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly clients: ApiClient[],
    private readonly signInAs: { email: string; password: string },
    private readonly runId: string,
    private readonly seed: number,
  ) {}

  start(): void {
    this.loops = this.clients.map((client, index) => this.loop(client, index));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }

  accepted(kind: MutationKind): MutationRecord[] {
    return this.mutations.filter((record) => record.kind === kind && record.accepted);
  }

  private async loop(client: ApiClient, index: number): Promise<void> {
    const random = seededRandom(this.seed + index);
    const invitedIds: { id: string; email: string }[] = [];
    for (let sequence = 1; !this.stopped; sequence++) {
      const roll = random();
      const tag = `${this.runId}-c${index}-${sequence}`;
      if (roll < 0.25) {
        const name = `Faults organisation ${tag}`;
        const answer = await client.graphql<{ createOrganisation: { id: string } | null }>(CREATE_ORGANISATION, { input: { name, type: 'NGO' } });
        this.recordMutation('createOrganisation', name, answer, answer.data?.createOrganisation);
      } else if (roll < 0.45) {
        const email = `invitee-${tag}@faults.test`;
        const answer = await client.graphql<{ inviteUser: { id: string } | null }>(INVITE_USER, { input: { email, name: `Invitee ${tag}`, role: 'ADVOCATE' } });
        if (this.recordMutation('inviteUser', email, answer, answer.data?.inviteUser) && answer.data?.inviteUser) {
          invitedIds.push({ id: answer.data.inviteUser.id, email });
        }
      } else if (roll < 0.5 && invitedIds.length) {
        const invitee = invitedIds[Math.floor(random() * invitedIds.length)];
        const answer = await client.graphql<{ resendInvitation: { id: string } | null }>(RESEND_INVITATION, { userId: invitee.id });
        this.recordMutation('resendInvitation', invitee.email, answer, answer.data?.resendInvitation);
      } else if (roll < 0.52) {
        const answer = await client.signIn(this.signInAs.email, this.signInAs.password);
        this.recordMutation('signIn', this.signInAs.email, answer, answer.data?.signIn);
      } else {
        const answer = await client.graphql(READS[Math.floor(random() * READS.length)]);
        this.recordRead(answer);
      }
      await sleep(THINK_MS);
    }
  }

  /** Records the outcome of a mutation (the load's or a test's own); returns whether it was accepted. */
  recordMutation(kind: MutationKind, key: string, answer: ApiAnswer, result: unknown): boolean {
    this.checkClear(answer);
    const accepted = !answer.transportError && answer.errors.length === 0 && result !== null && result !== undefined;
    const [first] = answer.errors;
    this.mutations.push({
      kind,
      key,
      accepted,
      code: first?.extensions?.code,
      dependency: first?.extensions?.dependency,
      startedAt: answer.startedAt,
      endedAt: answer.endedAt,
    });
    return accepted;
  }

  private recordRead(answer: ApiAnswer): void {
    this.checkClear(answer);
    const [first] = answer.errors;
    this.reads.push({
      ok: !answer.transportError && answer.errors.length === 0,
      code: first?.extensions?.code,
      dependency: first?.extensions?.dependency,
      startedAt: answer.startedAt,
      endedAt: answer.endedAt,
    });
  }

  private checkClear(answer: ApiAnswer): void {
    if (answer.transportError) {
      this.problems.push(`no answer (${answer.transportError}) after ${answer.endedAt - answer.startedAt} ms`);
      return;
    }
    for (const error of answer.errors) {
      const unclear = unclearError(error);
      if (unclear) this.problems.push(unclear);
    }
  }
}
