import { fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { APPROVE_MAILING_MUTATION } from '../graphql/approve-mailing.mutation';
import { AUDIENCE_COUNT_QUERY } from '../graphql/audience-count.query';
import { RESEND_UNKNOWN_DELIVERIES_MUTATION } from '../graphql/resend-unknown-deliveries.mutation';
import { SEND_MAILING_MUTATION } from '../graphql/send-mailing.mutation';
import { aMailing, aMailingPerson, aProgress, mailingPageMocks, MAILING_ID } from '../testing/mailing-fixtures';

const requester = aUser({ id: 'user-1', name: 'Amina Diallo' });
const secondCoordinator = aUser({ id: 'user-2', name: 'Grace Okafor', email: 'grace.okafor@example.org' });
const advocate = aUser({ id: 'user-3', name: 'Jean Mukendi', role: 'ADVOCATE' });

const countMock = {
  request: { query: AUDIENCE_COUNT_QUERY, variables: { listId: 'list-1', rule: { kind: 'LISTS', listIds: ['list-1'] } } },
  result: { data: { audienceCount: { __typename: 'AudienceCount', matching: 1290, recipients: 1234, suppressed: 12, unsubscribed: 30, noConsent: 14 } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const awaiting = aMailing({ status: 'AWAITING_APPROVAL', sendRequestedById: requester.id, sendRequestedBy: aMailingPerson(requester), requestedRecipientCount: 1234 });

describe('MailingPage', () => {
  // The route loads the page lazily: load it once up front, so its first transform is not timed as part of a test.
  beforeAll(() => import('./MailingPage'));

  it('should let a second coordinator approve a mailing awaiting approval, saying who asked and how many it reaches', async () => {
    const approved = {
      ...awaiting,
      status: 'SENDING' as const,
      approvedById: secondCoordinator.id,
      approvedBy: aMailingPerson(secondCoordinator),
      approvedAt: '2026-11-21T10:00:00Z',
    };
    const { user } = renderApp(`/mailings/${MAILING_ID}`, {
      mocks: [
        meMock(secondCoordinator),
        ...mailingPageMocks(awaiting),
        { request: { query: APPROVE_MAILING_MUTATION, variables: { id: MAILING_ID } }, result: { data: { approveMailing: approved } } },
      ],
    });

    const sending = await screen.findByRole('region', { name: 'Sending' });
    expect(await within(sending).findByText(/Amina Diallo asked to send it to 1,234 people\./)).toHaveTextContent('you can');
    await user.click(within(sending).getByRole('button', { name: 'Approve and send' }));
    const dialog = screen.getByRole('dialog', { name: 'Approve “El Fasher: call your representatives”?' });
    expect(dialog).toHaveTextContent('It goes to 1,234 people as soon as you approve it (or at its scheduled time). Amina Diallo asked for it.');
    await user.click(within(dialog).getByRole('button', { name: 'Approve and send' }));
    expect(await screen.findByText('Approved.')).toBeInTheDocument();
    expect(within(sending).getByText(/Approved by Grace Okafor/)).toBeInTheDocument();
  });

  it('should tell the coordinator who asked that a second one must approve, and offer them no approval', async () => {
    renderApp(`/mailings/${MAILING_ID}`, { mocks: [meMock(requester), ...mailingPageMocks(awaiting)] });

    const sending = await screen.findByRole('region', { name: 'Sending' });
    expect(await within(sending).findByText(/It is waiting for a second coordinator to approve it\./)).toBeInTheDocument();
    expect(within(sending).queryByRole('button', { name: 'Approve and send' })).not.toBeInTheDocument();
    expect(within(sending).getByRole('button', { name: 'Cancel sending' })).toBeInTheDocument();
  });

  it('should show an advocate a draft with its live count and preview, but no way to send it', async () => {
    renderApp(`/mailings/${MAILING_ID}`, {
      mocks: [
        meMock(advocate),
        ...mailingPageMocks(aMailing()),
        countMock,
      ],
    });

    expect(await screen.findByText('Will reach 1,234 people; 56 excluded: 12 suppressed, 30 unsubscribed, 14 without consent.')).toBeInTheDocument();
    const frame = await screen.findByTitle('The mail as a sample recipient gets it');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', '<p>Dear Amina,</p>');
    expect(screen.queryByRole('button', { name: 'Send now' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    // axe-core cannot reach into jsdom's frames: the browser test checks this page with its preview.
  });

  it('should explain deliveries of unknown fate and resend exactly those once the coordinator confirms', async () => {
    const finished = aMailing({
      status: 'FINISHED',
      startedAt: '2026-11-21T10:00:00Z',
      finishedAt: '2026-11-21T10:05:00Z',
      progress: aProgress({ total: 100, sent: 90, suppressed: 6, unknown: 4 }),
    });
    const { user } = renderApp(`/mailings/${MAILING_ID}`, {
      mocks: [
        meMock(secondCoordinator),
        ...mailingPageMocks(finished),
        {
          request: { query: RESEND_UNKNOWN_DELIVERIES_MUTATION, variables: { id: MAILING_ID } },
          result: { data: { resendUnknownDeliveries: { ...finished, status: 'SENDING', progress: aProgress({ total: 100, sent: 90, suppressed: 6, queued: 4 }) } } },
        },
      ],
    });

    const sending = await screen.findByRole('region', { name: 'Sending' });
    expect(within(sending).getByRole('progressbar', { name: 'Sending progress' })).toHaveAttribute('aria-valuenow', '100');
    expect(within(sending).getByText('4 deliveries have an unknown fate')).toBeInTheDocument();
    await user.click(within(sending).getByRole('button', { name: 'Resend the 4 deliveries whose fate is unknown' }));
    const dialog = screen.getByRole('dialog', { name: 'Resend 4 deliveries?' });
    await user.click(within(dialog).getByRole('button', { name: 'Resend' }));
    expect(await screen.findByText('4 deliveries queued again.')).toBeInTheDocument();
  });

  it('should schedule a draft at a chosen time after confirming how many people it reaches', async () => {
    const local = '2026-12-01T09:30';
    const scheduledAt = new Date(local).toISOString();
    const { user } = renderApp(`/mailings/${MAILING_ID}`, {
      mocks: [
        meMock(requester),
        ...mailingPageMocks(aMailing()),
        countMock,
        {
          request: { query: SEND_MAILING_MUTATION, variables: { input: { id: MAILING_ID, scheduledAt } } },
          result: { data: { sendMailing: aMailing({ status: 'SCHEDULED', scheduledAt, sendRequestedById: requester.id, sendRequestedBy: aMailingPerson(requester), requestedRecipientCount: 1234 }) } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Schedule' }));
    const dialog = screen.getByRole('dialog', { name: 'Schedule “El Fasher: call your representatives”' });
    expect(await within(dialog).findByText('Will reach 1,234 people; 56 excluded: 12 suppressed, 30 unsubscribed, 14 without consent.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    expect(within(dialog).getByLabelText(/^Send on/)).toHaveAccessibleDescription('Choose the day and time to send it.');
    fireEvent.change(within(dialog).getByLabelText(/^Send on/), { target: { value: local } });
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    expect(await screen.findByText('Scheduled for Dec 1, 2026, 9:30 AM.', { selector: '.MuiAlert-message' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Sending' })).toHaveTextContent('Scheduled for Dec 1, 2026, 9:30 AM.');
  });
});
