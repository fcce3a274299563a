import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { AUDIT_EVENTS_QUERY } from '../graphql/audit-events.query';

const coordinator = aUser({ id: 'user-1', name: 'Amina Diallo', role: 'COORDINATOR' });

const auditEventsMock = {
  request: { query: AUDIT_EVENTS_QUERY, variables: { first: 25, after: null, filter: {} } },
  result: {
    data: {
      auditEvents: {
        __typename: 'AuditEventConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c2' },
        edges: [
          {
            __typename: 'AuditEventEdge',
            cursor: 'c1',
            node: {
              __typename: 'AuditEvent',
              id: 'event-1',
              occurredAt: '2030-03-01T09:30:00.000Z',
              action: 'user.role_changed',
              entityType: 'User',
              entityId: 'user-2',
              actor: { __typename: 'User', id: 'user-1', name: 'Amina Diallo', email: 'amina.diallo@example.org' },
              changes: [{ __typename: 'AuditFieldChange', field: 'role', from: 'MEMBER', to: 'ADVOCATE' }],
            },
          },
          {
            __typename: 'AuditEventEdge',
            cursor: 'c2',
            node: {
              __typename: 'AuditEvent',
              id: 'event-2',
              occurredAt: '2030-03-01T08:00:00.000Z',
              action: 'user.invited',
              entityType: 'User',
              entityId: 'user-3',
              actor: null,
              changes: [{ __typename: 'AuditFieldChange', field: 'email', from: null, to: 'claire.n@example.org' }],
            },
          },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('AuditPage', () => {
  it('should show who changed which field, from what to what', async () => {
    renderApp('/audit', { mocks: [meMock(coordinator), auditEventsMock] });

    const table = await screen.findByRole('table', { name: 'Audit events' });
    const roleChange = within(table).getByRole('row', { name: /user\.role_changed/ });
    expect(within(roleChange).getByText('Amina Diallo')).toBeInTheDocument();
    expect(within(roleChange).getByRole('listitem')).toHaveTextContent('role: MEMBER → changed to ADVOCATE');

    const invitation = within(table).getByRole('row', { name: /user\.invited/ });
    expect(within(invitation).getByText('System')).toBeInTheDocument();
    expect(within(invitation).getByRole('listitem')).toHaveTextContent('email: (empty) → changed to claire.n@example.org');
  });

  it('should tell a MEMBER they do not have access', async () => {
    renderApp('/audit', { mocks: [meMock(aUser({ role: 'MEMBER' }))] });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeInTheDocument();
  });
});
