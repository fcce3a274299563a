import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aContact } from '../../../test/directory-fixtures';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { CONTACT_DUPLICATES_QUERY } from '../graphql/contact-duplicates.query';
import { MERGE_CONTACTS_MUTATION } from '../graphql/merge-contacts.mutation';

const coordinator = aUser({ id: 'user-1', name: 'Amina Diallo', role: 'COORDINATOR' });
const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });

const first = { ...aContact({ id: 'contact-1', firstName: 'Niemat', lastName: 'Ahmadi' }) };
const second = {
  ...aContact({
    id: 'contact-2',
    firstName: 'Niémat',
    lastName: 'Ahmadi',
    country: null,
    countryCode: null,
    affiliations: [],
    emails: [{ __typename: 'ContactEmail', address: 'n.ahmadi@example.org', isPrimary: true }],
  }),
};

const duplicatesMock = {
  request: { query: CONTACT_DUPLICATES_QUERY, variables: { first: 50 } },
  result: { data: { contactDuplicates: [{ __typename: 'ContactDuplicate', reason: 'SAME_NAME', score: 0.96, first, second }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('DuplicatesPage', () => {
  it('should show each likely pair side by side, with why and how similar', async () => {
    renderApp('/contacts/duplicates', { mocks: [meMock(advocate), duplicatesMock] });

    const pair = (await screen.findByRole('heading', { level: 2, name: 'Niemat Ahmadi and Niémat Ahmadi' })).closest('li') as HTMLElement;
    expect(within(pair).getByText('Same name · name similarity 96%')).toBeInTheDocument();
    expect(within(pair).getByRole('link', { name: 'Niemat Ahmadi' })).toHaveAttribute('href', '/contacts/contact-1');
    expect(within(pair).getByRole('link', { name: 'Niémat Ahmadi' })).toHaveAttribute('href', '/contacts/contact-2');
    expect(within(pair).getByText('Director, Darfur Women Action Group')).toBeInTheDocument();
    expect(within(pair).getByText('n.ahmadi@example.org')).toBeInTheDocument();
    // Advocates see the pairs; only coordinators merge.
    expect(within(pair).queryByRole('button', { name: /Merge/ })).not.toBeInTheDocument();
  });

  it('should ask a coordinator which record to keep, say the other is restorable for 30 days, then merge', async () => {
    const merge = {
      request: { query: MERGE_CONTACTS_MUTATION, variables: { input: { keepId: 'contact-2', mergeId: 'contact-1' } } },
      result: { data: { mergeContacts: { __typename: 'Contact', id: 'contact-2' } } },
    };
    const { user } = renderApp('/contacts/duplicates', { mocks: [meMock(coordinator), duplicatesMock, merge] });

    await user.click(await screen.findByRole('button', { name: 'Merge Niemat Ahmadi and Niémat Ahmadi' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge two contacts' });
    const keep = within(dialog).getByRole('group', { name: 'Which record do you keep?' });
    expect(within(keep).getByRole('radio', { name: 'Niemat Ahmadi (director@dwag.example.org)' })).toBeChecked();
    expect(within(dialog).getByText(/Niémat Ahmadi will be merged into Niemat Ahmadi/)).toBeInTheDocument();

    await user.click(within(keep).getByRole('radio', { name: 'Niémat Ahmadi (n.ahmadi@example.org)' }));
    expect(
      within(dialog).getByText(
        'Niemat Ahmadi will be merged into Niémat Ahmadi, then deleted. A coordinator can restore Niemat Ahmadi for 30 days from Deleted records.',
      ),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));

    expect(
      await screen.findByText('Niemat Ahmadi was merged into Niémat Ahmadi. Niemat Ahmadi can be restored for 30 days from Deleted records.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Merge two contacts' })).not.toBeInTheDocument());
  });

  it('should have a title and landmarks (no serious axe violations)', async () => {
    renderApp('/contacts/duplicates', { mocks: [meMock(coordinator), duplicatesMock] });

    expect(await screen.findByRole('heading', { level: 2, name: 'Niemat Ahmadi and Niémat Ahmadi' })).toBeInTheDocument();
    expect(document.title).toBe('Likely duplicates · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
