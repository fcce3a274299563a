import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aContact, anOrganisationRow } from '../../../test/directory-fixtures';
import { firstPageMock } from '../../../test/connection';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { DELETED_CONTACTS_QUERY } from '../../contacts/graphql/deleted-contacts.query';
import { RESTORE_CONTACT_MUTATION } from '../../contacts/graphql/restore-contact.mutation';
import { DELETED_ORGANISATIONS_QUERY } from '../../organisations/graphql/deleted-organisations.query';

const coordinator = aUser({ id: 'user-1', name: 'Amina Diallo', role: 'COORDINATOR' });
const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const organisation = { ...anOrganisationRow({ name: 'Sahel Peace Network', acronym: null }), deletedAt: '2026-11-10T09:00:00.000Z' };
const contact = { ...aContact({ deletedAt: '2026-11-12T09:00:00.000Z' }) };
const mocks = [
  firstPageMock(DELETED_ORGANISATIONS_QUERY, 'deletedOrganisations', 'Organisation', [organisation]),
  firstPageMock(DELETED_CONTACTS_QUERY, 'deletedContacts', 'Contact', [contact]),
];

describe('DeletedRecordsPage', () => {
  it('should list deleted organisations and contacts, and restore one', async () => {
    const { user } = renderApp('/deleted', {
      mocks: [
        meMock(coordinator),
        ...mocks,
        {
          request: { query: RESTORE_CONTACT_MUTATION, variables: { id: contact.id } },
          result: { data: { restoreContact: { __typename: 'Contact', id: contact.id, deletedAt: null } } },
        },
      ],
    });

    const organisations = await screen.findByRole('table', { name: 'Organisations' });
    expect(await within(organisations).findByRole('row', { name: /Sahel Peace Network/ })).toHaveTextContent('Nov 10, 2026');
    const contacts = screen.getByRole('table', { name: 'Contacts' });
    expect(await within(contacts).findByRole('row', { name: /Niemat Ahmadi/ })).toBeInTheDocument();

    await user.click(within(contacts).getByRole('button', { name: 'Restore Niemat Ahmadi' }));
    expect(await screen.findByText('Niemat Ahmadi was restored.')).toBeInTheDocument();
    expect(document.title).toBe('Deleted records · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should be for coordinators only', async () => {
    renderApp('/deleted', { mocks: [meMock(advocate), ...mocks] });

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });
});
