import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, meMock } from '../../../test/fixtures';
import {
  aSeat,
  aSecurityCouncil,
  FRANCE_MISSION,
  institutionMock,
  LATVIA_MISSION,
  SECURITY_COUNCIL_ID,
  seatsMock,
  SOMALIA_MISSION,
  UN_ID,
} from '../../../test/institution-fixtures';
import { renderApp } from '../../../test/render';
import { todayCalendarDate } from '../../../ui/calendarDate';
import { interactionTimelineMock } from '../../interactions/test/interaction-fixtures';
import { DELETE_INSTITUTION_MUTATION } from '../graphql/delete-institution.mutation';
import { RESTORE_INSTITUTION_MUTATION } from '../graphql/restore-institution.mutation';

const analyst = aUser({ id: 'user-4', name: 'Lucie Martin', role: 'ANALYST' });
const coordinator = aUser({ id: 'user-1', name: 'Amina Diallo', role: 'COORDINATOR' });
const MEMBERS = 'https://main.un.org/securitycouncil/en/content/current-members';
const PRESIDENCY = 'https://main.un.org/securitycouncil/en/content/presidency (monthly rotation)';

const todaysSeats = seatsMock(SECURITY_COUNCIL_ID, todayCalendarDate(), [
  aSeat('PERMANENT_MEMBER', FRANCE_MISSION, '1945-10-24', null, `${MEMBERS} (Article 23)`),
  aSeat('ELECTED_MEMBER', SOMALIA_MISSION, '2025-01-01', '2026-12-31', MEMBERS),
  aSeat('PRESIDENCY', LATVIA_MISSION, '2026-11-01', '2026-11-30', PRESIDENCY),
]);
const timeline = interactionTimelineMock([], { institutionId: SECURITY_COUNCIL_ID });
const januarySeats = seatsMock(SECURITY_COUNCIL_ID, '2026-01-15', [
  aSeat('PERMANENT_MEMBER', FRANCE_MISSION, '1945-10-24', null, MEMBERS),
  aSeat('ELECTED_MEMBER', SOMALIA_MISSION, '2025-01-01', '2026-12-31', MEMBERS),
  aSeat('PRESIDENCY', SOMALIA_MISSION, '2026-01-01', '2026-01-31', PRESIDENCY),
]);

describe('InstitutionPage', () => {
  it('should show where the institution sits and link its parent, and the people in post now and before', async () => {
    renderApp(`/institutions/${SECURITY_COUNCIL_ID}`, { mocks: [meMock(analyst), institutionMock(aSecurityCouncil()), todaysSeats, timeline] });

    expect(await screen.findByRole('heading', { level: 1, name: 'United Nations Security Council' })).toBeInTheDocument();
    const profile = screen.getByRole('region', { name: 'Profile' });
    expect(within(profile).getByRole('link', { name: 'United Nations' })).toHaveAttribute('href', `/institutions/${UN_ID}`);
    expect(within(profile).getByText('Conseil de sécurité des Nations Unies')).toBeInTheDocument();
    const people = screen.getByRole('region', { name: 'People' });
    expect(within(people).getByRole('link', { name: 'Jérôme Bonnafont' })).toHaveAttribute('href', '/contacts/contact-1');
    expect(within(people).getByText('Political Coordinator · since Sep 1, 2024')).toBeInTheDocument();
    expect(within(people).getByText('Political Coordinator · Jan 1, 2019 – Aug 31, 2024')).toBeInTheDocument();
    expect(within(people).getByRole('link', { name: /See everyone in post/ })).toHaveAttribute(
      'href',
      `/policymakers?institution=${SECURITY_COUNCIL_ID}`,
    );
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('should show who sits on the body and who presides today, then on the day chosen, with sources', async () => {
    renderApp(`/institutions/${SECURITY_COUNCIL_ID}`, {
      mocks: [meMock(analyst), institutionMock(aSecurityCouncil()), todaysSeats, timeline, januarySeats],
    });

    const seats = await screen.findByRole('region', { name: 'Who sits here' });
    const presidency = within(seats).getByRole('region', { name: 'Presidency' });
    expect(within(presidency).getByRole('link', { name: 'Permanent Mission of Latvia to the United Nations' })).toBeInTheDocument();
    const permanent = within(seats).getByRole('region', { name: 'Permanent members' });
    expect(within(permanent).getByRole('link', { name: 'Permanent Mission of France to the United Nations' })).toBeInTheDocument();
    expect(within(permanent).getByRole('link', { name: 'Source for Permanent Mission of France to the United Nations' })).toHaveAttribute(
      'href',
      MEMBERS,
    );
    expect(within(permanent).getByText(/\(Article 23\)/)).toBeInTheDocument();

    fireEvent.change(within(seats).getByLabelText('On'), { target: { value: '2026-01-15' } });

    await waitFor(() =>
      expect(
        within(within(seats).getByRole('region', { name: 'Presidency' })).getByRole('link', {
          name: 'Permanent Mission of Somalia to the United Nations',
        }),
      ).toBeInTheDocument(),
    );
    const january = within(seats).getByRole('region', { name: 'Presidency' });
    expect(within(january).getByText(/Jan 1, 2026 – Jan 31, 2026/)).toBeInTheDocument();
    expect(within(january).queryByRole('link', { name: 'Permanent Mission of Latvia to the United Nations' })).not.toBeInTheDocument();
  });

  it('should leave out the seats panel for a body nobody sits on', async () => {
    const court = aSecurityCouncil({ id: 'icc', name: 'International Criminal Court', nameFr: 'Cour pénale internationale', acronym: 'ICC', kind: 'COURT', parent: null, parentId: null });
    renderApp('/institutions/icc', { mocks: [meMock(analyst), institutionMock(court), seatsMock('icc', todayCalendarDate(), []), interactionTimelineMock([], { institutionId: 'icc' })] });

    expect(await screen.findByRole('heading', { level: 1, name: 'International Criminal Court' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Who sits here' })).not.toBeInTheDocument();
  });

  it('should let a coordinator delete the institution, then restore it', async () => {
    const { user } = renderApp(`/institutions/${SECURITY_COUNCIL_ID}`, {
      mocks: [
        meMock(coordinator),
        institutionMock(aSecurityCouncil()),
        todaysSeats,
        timeline,
        {
          request: { query: DELETE_INSTITUTION_MUTATION, variables: { id: SECURITY_COUNCIL_ID } },
          result: { data: { deleteInstitution: { __typename: 'Institution', id: SECURITY_COUNCIL_ID } } },
        },
        {
          request: { query: RESTORE_INSTITUTION_MUTATION, variables: { id: SECURITY_COUNCIL_ID } },
          result: { data: { restoreInstitution: { __typename: 'Institution', id: SECURITY_COUNCIL_ID } } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete United Nations Security Council?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete institution' }));
    expect(await screen.findByText(/A coordinator can restore it until/)).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('United Nations Security Council was restored.')).toBeInTheDocument();
    expect(screen.queryByText(/A coordinator can restore it until/)).not.toBeInTheDocument();
  });

  it('should have a title, landmarks and named regions (no serious axe violations)', async () => {
    renderApp(`/institutions/${SECURITY_COUNCIL_ID}`, { mocks: [meMock(analyst), institutionMock(aSecurityCouncil()), todaysSeats, timeline] });

    expect(await screen.findByRole('region', { name: 'Who sits here' })).toBeInTheDocument();
    expect(document.title).toBe('United Nations Security Council · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
