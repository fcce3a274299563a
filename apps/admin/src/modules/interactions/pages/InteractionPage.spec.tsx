import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, meMock } from '../../../test/fixtures';
import { FRANCE_MISSION_ID } from '../../../test/institution-fixtures';
import { renderApp } from '../../../test/render';
import {
  anInteraction,
  CAMPAIGN,
  CAMPAIGN_ID,
  campaignNameMock,
  coalitionTimelineMock,
  DWAG,
  INTERACTION_ID,
  interactionTimelineMock,
  JEROME,
} from '../test/interaction-fixtures';

const analyst = aUser({ id: 'user-4', name: 'Lucie Martin', role: 'ANALYST' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: DWAG.id });
const byContact = { contactId: JEROME.id };
const olderMeeting = anInteraction({ id: 'interaction-older', subject: 'First contact', occurredAt: '2026-01-10T09:00:00.000Z' });

describe('InteractionPage', () => {
  it('should find the interaction in the history it was opened from and show it all, linked, to staff', async () => {
    renderApp(`/interactions/${INTERACTION_ID}?contactId=${JEROME.id}`, {
      mocks: [
        meMock(analyst),
        campaignNameMock(),
        interactionTimelineMock([olderMeeting], byContact, { first: 100, endCursor: 'cursor-100', totalCount: 101 }),
        interactionTimelineMock([anInteraction()], byContact, { first: 100, after: 'cursor-100', totalCount: 101 }),
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Arms embargo renewal' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('Meeting')).toBeInTheDocument();
    expect(await within(details).findByRole('link', { name: CAMPAIGN.name })).toHaveAttribute('href', `/campaigns/${CAMPAIGN_ID}`);
    expect(within(details).getByText('Internal — Alliance staff only.')).toBeInTheDocument();
    const met = screen.getByRole('region', { name: 'Who was met' });
    expect(within(met).getByRole('link', { name: 'Jérôme Bonnafont' })).toHaveAttribute('href', `/contacts/${JEROME.id}`);
    expect(within(met).getByRole('link', { name: 'Permanent Mission of France to the United Nations' })).toHaveAttribute(
      'href',
      `/institutions/${FRANCE_MISSION_ID}`,
    );
    const ourSide = screen.getByRole('region', { name: 'Our side' });
    expect(within(ourSide).getByRole('link', { name: 'Darfur Women Action Group (DWAG)' })).toHaveAttribute('href', `/organisations/${DWAG.id}`);
    const notes = screen.getByRole('region', { name: 'Notes' });
    expect(within(notes).getByText('Walked through the panel of experts’ findings.')).toBeInTheDocument();
    expect(within(notes).getByText('Supportive; will raise it with Paris.')).toBeInTheDocument();
    const commitment = within(screen.getByRole('region', { name: 'Commitments' })).getByRole('listitem');
    expect(commitment).toHaveTextContent('Jérôme Bonnafont: Raise the renewal with the capital');
    expect(commitment).toHaveTextContent('Made');
    expect(commitment).toHaveTextContent('by Dec 1, 2026');
    expect(within(screen.getByRole('region', { name: 'Follow-up tasks' })).getByRole('link', { name: 'The campaign’s board' })).toHaveAttribute(
      'href',
      `/campaigns/${CAMPAIGN_ID}/board`,
    );
  });

  it('should show a member that it happened, with whom and when, but not the notes', async () => {
    renderApp(`/interactions/${INTERACTION_ID}?contactId=${JEROME.id}`, {
      mocks: [meMock(member), campaignNameMock(), coalitionTimelineMock([anInteraction({ confidentiality: 'COALITION' })], byContact, { first: 100 })],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Arms embargo renewal' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Who was met' })).getByRole('link', { name: 'Jérôme Bonnafont' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Notes' })).getByText('Notes are shared with alliance staff only.')).toBeInTheDocument();
    expect(screen.queryByText('Walked through the panel of experts’ findings.')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Commitments' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Follow-up tasks' })).not.toBeInTheDocument();
  });

  it('should say so when the history it was opened from does not hold it', async () => {
    renderApp(`/interactions/${INTERACTION_ID}?contactId=${JEROME.id}`, {
      mocks: [meMock(analyst), interactionTimelineMock([olderMeeting], byContact, { first: 100 })],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Interaction not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', `/contacts/${JEROME.id}`);
  });

  it('should have a title, landmarks and named regions (no serious axe violations)', async () => {
    renderApp(`/interactions/${INTERACTION_ID}`, {
      mocks: [meMock(analyst), campaignNameMock(), interactionTimelineMock([anInteraction()], {}, { first: 100 })],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Arms embargo renewal' })).toBeInTheDocument();
    expect(document.title).toBe('Arms embargo renewal · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
