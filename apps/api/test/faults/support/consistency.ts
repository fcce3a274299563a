import type Redis from 'ioredis';
import type { Pool } from 'pg';
import type { SmtpSink } from '@alliance/testing';
import type { MutationRecord } from './load';

/** Bull's keys of the queue, under the app's Redis prefix. */
export function bullKey(prefix: string, name: string): string {
  return `${prefix}:bull:alliance:${name}`;
}

export interface QueueState {
  outbox: number;
  /** Claims not SENT yet: mails still on their way. */
  unsentMails: number;
  waiting: number;
  active: number;
  /** Delayed jobs (retries waiting for their backoff), schedules not counted. */
  delayed: number;
  failed: number;
}

/** Where the jobs are: the outbox, the mail claims and Bull's lists. */
export async function queueState(db: Pool, redis: Redis, prefix: string): Promise<QueueState> {
  const [{ rows: outbox }, { rows: unsent }] = await Promise.all([
    db.query<{ count: number }>('SELECT count(*)::int AS count FROM queued_jobs'),
    db.query<{ count: number }>(`SELECT count(*)::int AS count FROM mail_sends WHERE status <> 'SENT'`),
  ]);
  const [waiting, active, delayedIds, failed] = await Promise.all([
    redis.llen(bullKey(prefix, 'wait')),
    redis.llen(bullKey(prefix, 'active')),
    redis.zrange(bullKey(prefix, 'delayed'), 0, -1),
    redis.zcard(bullKey(prefix, 'failed')),
  ]);
  return {
    outbox: outbox[0].count,
    unsentMails: unsent[0].count,
    waiting,
    active,
    delayed: delayedIds.filter((id) => !id.startsWith('repeat:')).length,
    failed,
  };
}

export function drained(state: QueueState): boolean {
  return state.outbox === 0 && state.unsentMails === 0 && state.waiting === 0 && state.active === 0 && state.delayed === 0;
}

export interface MailCopy {
  messageId: string;
  copies: number;
  interruptions: number;
}

export interface ConsistencyReport {
  organisations: { accepted: number; refused: number; missing: string[]; duplicated: string[]; leftByRefusal: string[]; withoutAuditEvent: number };
  invitations: { accepted: number; refused: number; resent: number; missing: string[]; leftByRefusal: string[]; withoutInvitationRow: number };
  mail: {
    /** Distinct Message-IDs the sink received. */
    messages: number;
    copies: number;
    /** Accepted invitations (and resends) whose address did not get the expected number of distinct mails. */
    wrongCount: { email: string; expected: number; received: number }[];
    /** Mails to addresses whose invitation was refused. */
    toRefused: string[];
    /** Message-IDs received more than once. */
    duplicates: MailCopy[];
    /** Claim rows with an interruption (an attempt that ended without a definite answer from SMTP). */
    interrupted: MailCopy[];
    /** Message-IDs at the sink without a claim row, or SENT claims the sink never saw. */
    unmatched: string[];
  };
  queue: QueueState;
}

/**
 * Compares what the API accepted and refused with what Postgres, Redis and the SMTP sink hold afterwards:
 * every accepted change present once and whole (with its audit event, its invitation row, its mail), every
 * refused one absent, nothing left in the outbox or in Bull, and every mail sent once or counted.
 */
export async function checkConsistency(db: Pool, redis: Redis, prefix: string, smtp: SmtpSink, mutations: MutationRecord[]): Promise<ConsistencyReport> {
  const of = (kind: MutationRecord['kind'], accepted: boolean) => mutations.filter((m) => m.kind === kind && m.accepted === accepted).map((m) => m.key);

  const acceptedOrganisations = of('createOrganisation', true);
  const refusedOrganisations = of('createOrganisation', false);
  const { rows: organisationRows } = await db.query<{ name: string; count: number; audited: number }>(
    `SELECT o.name, count(*)::int AS count,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM audit_events a WHERE a.entity_type = 'organisation' AND a.entity_id = o.id::text))::int AS audited
       FROM organisations o WHERE o.name = ANY($1) GROUP BY o.name`,
    [[...acceptedOrganisations, ...refusedOrganisations]],
  );
  const organisationCounts = new Map(organisationRows.map((row) => [row.name, row]));

  const acceptedInvitations = of('inviteUser', true);
  const refusedInvitations = of('inviteUser', false);
  const { rows: userRows } = await db.query<{ email: string; invitations: number }>(
    `SELECT u.email, (SELECT count(*) FROM invitations i WHERE i.user_id = u.id AND i.accepted_at IS NULL)::int AS invitations
       FROM users u WHERE u.email = ANY($1)`,
    [[...acceptedInvitations, ...refusedInvitations]],
  );
  const users = new Map(userRows.map((row) => [row.email, row]));

  const expectedMails = new Map<string, number>(acceptedInvitations.map((email) => [email, 1]));
  for (const email of of('resendInvitation', true)) expectedMails.set(email, (expectedMails.get(email) ?? 0) + 1);

  const byMessageId = new Map<string, { copies: number; to: string }>();
  for (const mail of smtp.messages) {
    const messageId = mail.parsed.messageId ?? '(none)';
    const seen = byMessageId.get(messageId);
    byMessageId.set(messageId, { copies: (seen?.copies ?? 0) + 1, to: mail.envelopeTo[0]?.toLowerCase() ?? '' });
  }
  const distinctByAddress = new Map<string, number>();
  for (const { to } of byMessageId.values()) distinctByAddress.set(to, (distinctByAddress.get(to) ?? 0) + 1);

  const { rows: claims } = await db.query<{ message_id: string; status: string; interruptions: number }>(
    'SELECT message_id, status, interruptions FROM mail_sends',
  );
  const claimsById = new Map(claims.map((claim) => [claim.message_id, claim]));

  return {
    organisations: {
      accepted: acceptedOrganisations.length,
      refused: refusedOrganisations.length,
      missing: acceptedOrganisations.filter((name) => !organisationCounts.has(name)),
      duplicated: acceptedOrganisations.filter((name) => (organisationCounts.get(name)?.count ?? 0) > 1),
      leftByRefusal: refusedOrganisations.filter((name) => organisationCounts.has(name)),
      withoutAuditEvent: organisationRows.reduce((sum, row) => sum + row.count - row.audited, 0),
    },
    invitations: {
      accepted: acceptedInvitations.length,
      refused: refusedInvitations.length,
      resent: of('resendInvitation', true).length,
      missing: acceptedInvitations.filter((email) => !users.has(email)),
      leftByRefusal: refusedInvitations.filter((email) => users.has(email)),
      withoutInvitationRow: acceptedInvitations.filter((email) => users.get(email)?.invitations !== 1).length,
    },
    mail: {
      messages: byMessageId.size,
      copies: smtp.messages.length,
      wrongCount: [...expectedMails]
        .map(([email, expected]) => ({ email, expected, received: distinctByAddress.get(email) ?? 0 }))
        .filter(({ expected, received }) => expected !== received),
      toRefused: refusedInvitations.filter((email) => distinctByAddress.has(email)),
      duplicates: [...byMessageId]
        .filter(([, { copies }]) => copies > 1)
        .map(([messageId, { copies }]) => ({ messageId, copies, interruptions: claimsById.get(messageId)?.interruptions ?? 0 })),
      interrupted: claims
        .filter((claim) => claim.interruptions > 0)
        .map((claim) => ({ messageId: claim.message_id, copies: byMessageId.get(claim.message_id)?.copies ?? 0, interruptions: claim.interruptions })),
      unmatched: [
        ...[...byMessageId.keys()].filter((messageId) => !claimsById.has(messageId)),
        ...claims.filter((claim) => claim.status === 'SENT' && !byMessageId.has(claim.message_id)).map((claim) => claim.message_id),
      ],
    },
    queue: await queueState(db, redis, prefix),
  };
}
