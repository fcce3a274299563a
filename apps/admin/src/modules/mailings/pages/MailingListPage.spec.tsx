import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ListSubscriptionFieldsFragment } from '../../../gql/graphql';
import { firstPageMock } from '../../../test/connection';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { LIST_SUBSCRIPTIONS_QUERY } from '../graphql/list-subscriptions.query';
import { MAILING_LIST_QUERY } from '../graphql/mailing-list.query';
import { aMailingList } from '../testing/mailing-fixtures';

const advocate = aUser({ id: 'user-3', name: 'Jean Mukendi', role: 'ADVOCATE' });

function aSubscription(overrides: Partial<ListSubscriptionFieldsFragment>): ListSubscriptionFieldsFragment {
  return {
    __typename: 'ListSubscription',
    id: 'subscription-1',
    listId: 'list-1',
    contactId: 'contact-1',
    contact: { __typename: 'Contact', id: 'contact-1', firstName: 'Amina', lastName: 'Diallo' },
    status: 'SUBSCRIBED',
    consentSource: 'signed sheet',
    consentAt: '2026-10-02T09:00:00Z',
    confirmedAt: null,
    unsubscribedAt: null,
    ...overrides,
  };
}

describe('MailingListPage', () => {
  beforeAll(() => import('./MailingListPage'));

  it('should name each subscriber from the page of subscriptions itself, and say when the contact is gone', async () => {
    renderApp('/mailings/lists/list-1', {
      // No other answer is mocked: a lookup per row would find nothing and leave the names out.
      mocks: [
        meMock(advocate),
        { request: { query: MAILING_LIST_QUERY, variables: { id: 'list-1' } }, result: { data: { mailingList: aMailingList() } } },
        firstPageMock(LIST_SUBSCRIPTIONS_QUERY, 'listSubscriptions', 'ListSubscription', [
          aSubscription({}),
          aSubscription({ id: 'subscription-2', contactId: 'contact-2', contact: null, consentSource: 'public form' }),
        ], { listId: 'list-1' }),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Subscribers' });
    const amina = within(table).getByRole('row', { name: /Amina Diallo/ });
    expect(within(amina).getByRole('link', { name: 'Amina Diallo' })).toHaveAttribute('href', '/contacts/contact-1');
    expect(within(table).getByRole('row', { name: /public form/ })).toHaveTextContent('Contact no longer in the directory');
  });
});
