import { useQuery } from '@apollo/client/react';
import type { MailingFieldsFragment } from '../../../gql/graphql';
import { MAILING_PROGRESS_QUERY } from '../graphql/mailing-progress.query';

/** While it sends: a bar that moves by the second. */
export const SENDING_POLL_MS = 1500;
/** Waiting on someone or on a time: often enough to notice the start without waiting for a reload. */
const WAITING_POLL_MS = 5000;

/** How often to ask for the mailing's figures again; 0 once they no longer change. */
export function pollIntervalFor(mailing: Pick<MailingFieldsFragment, 'status' | 'scheduledAt'>, now = Date.now()): number {
  switch (mailing.status) {
    case 'SENDING':
    case 'PAUSED':
      return SENDING_POLL_MS;
    case 'SCHEDULED':
      // Due (or sent "now"): the workers pick it up within seconds.
      return !mailing.scheduledAt || new Date(mailing.scheduledAt).getTime() <= now + SENDING_POLL_MS ? SENDING_POLL_MS : WAITING_POLL_MS;
    case 'AWAITING_APPROVAL':
      return WAITING_POLL_MS;
    default:
      return 0;
  }
}

/**
 * Keeps the mailing's status and figures current: the answers land in the cache under the same mailing, so the page
 * showing it re-renders with them.
 */
export function useLiveMailingProgress(mailing: Pick<MailingFieldsFragment, 'id' | 'status' | 'scheduledAt'> | undefined): void {
  const interval = mailing ? pollIntervalFor(mailing) : 0;
  useQuery(MAILING_PROGRESS_QUERY, {
    variables: { id: mailing?.id ?? '' },
    skip: interval === 0,
    pollInterval: interval,
    fetchPolicy: 'network-only',
  });
}
