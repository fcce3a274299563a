import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { anOrganisation, CONTACT_ID, ORGANISATION_ID, organisationMock } from '../../../test/directory-fixtures';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { CHANGE_MEMBERSHIP_STATUS_MUTATION } from '../graphql/change-membership-status.mutation';
import { DELETE_ORGANISATION_MUTATION } from '../graphql/delete-organisation.mutation';
import { RESTORE_ORGANISATION_MUTATION } from '../graphql/restore-organisation.mutation';

const coordinator = aUser({ id: 'user-1', name: 'Amina Diallo', role: 'COORDINATOR' });
const analyst = aUser({ id: 'user-4', name: 'Lucie Martin', role: 'ANALYST' });
const ownMember = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: ORGANISATION_ID });
const otherMember = aUser({ id: 'user-5', name: 'Kofi Mensah', role: 'MEMBER', organisationId: 'another-organisation' });

describe('OrganisationPage', () => {
  it('should show the membership history as a timeline, oldest first, with dates and notes', async () => {
    renderApp(`/organisations/${ORGANISATION_ID}`, { mocks: [meMock(analyst), organisationMock(anOrganisation())] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Darfur Women Action Group' })).toBeInTheDocument();
    const steps = within(screen.getByRole('list', { name: 'History' })).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      'Nov 2, 2020Added as Prospect',
      'Jan 20, 2021Prospect → Appliedfrom Prospect to AppliedApplication received at the annual meeting',
      'Mar 15, 2021Applied → Active memberfrom Applied to Active member',
    ]);
    expect(within(steps[2] as HTMLElement).getByText('Mar 15, 2021').closest('time')).toHaveAttribute('datetime', '2021-03-15T10:00:00.000Z');
    expect(document.title).toBe('Darfur Women Action Group · Alliance CRM');
  });

  it('should show the profile and link each person to their contact page', async () => {
    renderApp(`/organisations/${ORGANISATION_ID}`, { mocks: [meMock(analyst), organisationMock(anOrganisation())] });

    const profile = await screen.findByRole('region', { name: 'Profile' });
    expect(within(profile).getByText('Sudan')).toBeInTheDocument();
    expect(within(profile).getByText('English, Arabic')).toBeInTheDocument();
    expect(within(profile).getByRole('link', { name: 'https://example.org' })).toHaveAttribute('href', 'https://example.org');
    const people = screen.getByRole('region', { name: 'People' });
    expect(within(people).getByRole('link', { name: 'Niemat Ahmadi' })).toHaveAttribute('href', `/contacts/${CONTACT_ID}`);
    expect(within(people).getByText('Director')).toBeInTheDocument();
  });

  it('should offer Edit to a member representative on their own organisation only', async () => {
    const own = renderApp(`/organisations/${ORGANISATION_ID}`, { mocks: [meMock(ownMember), organisationMock(anOrganisation())] });
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/organisations/${ORGANISATION_ID}/edit`);
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change membership status' })).not.toBeInTheDocument();
    own.unmount();

    renderApp(`/organisations/${ORGANISATION_ID}`, { mocks: [meMock(otherMember), organisationMock(anOrganisation())] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Darfur Women Action Group' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('should refuse the edit page to a member representative of another organisation', async () => {
    renderApp(`/organisations/${ORGANISATION_ID}/edit`, { mocks: [meMock(otherMember), organisationMock(anOrganisation())] });

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });

  it('should let a coordinator record a membership change with a note, and show it in the history', async () => {
    const organisation = anOrganisation();
    const change = vi.fn(() => ({
      data: {
        changeMembershipStatus: {
          __typename: 'Organisation' as const,
          id: ORGANISATION_ID,
          membershipStatus: 'LAPSED' as const,
          memberSince: '2021-03-15',
          membershipHistory: [
            ...organisation.membershipHistory,
            {
              __typename: 'MembershipChange' as const,
              id: 'mc-4',
              changedAt: '2026-02-01T10:00:00.000Z',
              fromStatus: 'ACTIVE' as const,
              toStatus: 'LAPSED' as const,
              note: 'Dues unpaid for 2026',
            },
          ],
        },
      },
    }));
    const { user } = renderApp(`/organisations/${ORGANISATION_ID}`, {
      mocks: [
        meMock(coordinator),
        organisationMock(organisation),
        {
          request: {
            query: CHANGE_MEMBERSHIP_STATUS_MUTATION,
            variables: { input: { organisationId: ORGANISATION_ID, status: 'LAPSED', note: 'Dues unpaid for 2026' } },
          },
          result: change,
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Change membership status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the membership status of Darfur Women Action Group' });
    await user.click(within(dialog).getByRole('combobox', { name: /New status/ }));
    await user.click(await screen.findByRole('option', { name: 'Lapsed' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Note' }), 'Dues unpaid for 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Change status' }));

    expect(await screen.findByText('Darfur Women Action Group is now: Lapsed.')).toBeInTheDocument();
    expect(change).toHaveBeenCalledTimes(1);
    const steps = within(screen.getByRole('list', { name: 'History' })).getAllByRole('listitem');
    expect(steps.at(-1)).toHaveTextContent('Active member → Lapsed');
    expect(steps.at(-1)).toHaveTextContent('Dues unpaid for 2026');
  });

  it('should ask before deleting, then say until when the organisation can be restored, and restore it', async () => {
    const { user } = renderApp(`/organisations/${ORGANISATION_ID}`, {
      mocks: [
        meMock(coordinator),
        organisationMock(anOrganisation()),
        {
          request: { query: DELETE_ORGANISATION_MUTATION, variables: { id: ORGANISATION_ID } },
          result: { data: { deleteOrganisation: { __typename: 'Organisation', id: ORGANISATION_ID, deletedAt: '2026-02-01T10:00:00.000Z' } } },
        },
        {
          request: { query: RESTORE_ORGANISATION_MUTATION, variables: { id: ORGANISATION_ID } },
          result: { data: { restoreOrganisation: { __typename: 'Organisation', id: ORGANISATION_ID, deletedAt: null } } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Darfur Women Action Group?' });
    expect(dialog).toHaveAccessibleDescription(/A coordinator can restore it for 30 days/);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Deleted on Feb 1, 2026. A coordinator can restore it until Mar 3, 2026.')).toBeInTheDocument();
    const restore = await screen.findByRole('button', { name: 'Restore' });
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    await user.click(restore);

    expect(await screen.findByText('Darfur Women Action Group was restored.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Deleted on/)).not.toBeInTheDocument());
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument();
  });

  it('should say so when no organisation has this address', async () => {
    renderApp('/organisations/missing', { mocks: [meMock(analyst), organisationMock(null, 'missing')] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Organisation not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All organisations' })).toHaveAttribute('href', '/organisations');
  });

  it('should have headings, named regions and no serious axe violations', async () => {
    renderApp(`/organisations/${ORGANISATION_ID}`, { mocks: [meMock(coordinator), organisationMock(anOrganisation())] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Darfur Women Action Group' })).toBeInTheDocument();
    for (const section of ['Profile', 'Membership', 'People']) {
      expect(screen.getByRole('region', { name: section })).toBeInTheDocument();
    }
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
