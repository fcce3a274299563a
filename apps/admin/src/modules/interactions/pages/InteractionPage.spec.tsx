import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, meMock } from '../../../test/fixtures';
import { FRANCE_MISSION_ID } from '../../../test/institution-fixtures';
import { renderApp } from '../../../test/render';
import {
  aPageInteraction,
  BRIEF_TASK,
  CAMPAIGN,
  CAMPAIGN_ID,
  DWAG,
  INTERACTION_ID,
  interactionMock,
  JEROME,
  PANEL_REPORT,
} from '../test/interaction-fixtures';

const analyst = aUser({ id: 'user-4', name: 'Lucie Martin', role: 'ANALYST' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: DWAG.id });

describe('InteractionPage', () => {
  it('should show staff the whole interaction, linked: campaign, people met, colleagues, documents, notes, who promised and the follow-up tasks', async () => {
    renderApp(`/interactions/${INTERACTION_ID}`, { mocks: [meMock(analyst), interactionMock(aPageInteraction())] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Arms embargo renewal' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('Meeting')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: CAMPAIGN.name })).toHaveAttribute('href', `/campaigns/${CAMPAIGN_ID}`);
    expect(within(details).getByText('Internal — Alliance staff only.')).toBeInTheDocument();
    const met = screen.getByRole('region', { name: 'Who was met' });
    expect(within(met).getByRole('link', { name: 'Jérôme Bonnafont' })).toHaveAttribute('href', `/contacts/${JEROME.id}`);
    expect(within(met).getByRole('link', { name: 'Permanent Mission of France to the United Nations' })).toHaveAttribute(
      'href',
      `/institutions/${FRANCE_MISSION_ID}`,
    );
    const ourSide = screen.getByRole('region', { name: 'Our side' });
    expect(within(ourSide).getByText('Lucie Martin')).toBeInTheDocument();
    expect(within(ourSide).getByRole('link', { name: 'Darfur Women Action Group (DWAG)' })).toHaveAttribute('href', `/organisations/${DWAG.id}`);
    const documents = screen.getByRole('region', { name: 'Documents handed over' });
    expect(within(documents).getByRole('link', { name: PANEL_REPORT.title })).toHaveAttribute('href', `/documents/${PANEL_REPORT.id}`);
    const notes = screen.getByRole('region', { name: 'Notes' });
    expect(within(notes).getByText('Walked through the panel of experts’ findings.')).toBeInTheDocument();
    expect(within(notes).getByText('Supportive; will raise it with Paris.')).toBeInTheDocument();
    const commitment = within(screen.getByRole('region', { name: 'Commitments' })).getByRole('listitem');
    expect(commitment).toHaveTextContent('Jérôme Bonnafont: Raise the renewal with the capital');
    expect(commitment).toHaveTextContent('Made');
    expect(commitment).toHaveTextContent('by Dec 1, 2026');
    const task = within(screen.getByRole('region', { name: 'Follow-up tasks' })).getByRole('listitem');
    expect(within(task).getByRole('link', { name: BRIEF_TASK.title })).toHaveAttribute('href', `/tasks/${BRIEF_TASK.id}`);
    expect(task).toHaveTextContent('To do · by Nov 27, 2026');
    expect(screen.getByRole('link', { name: 'Back to the dashboard' })).toHaveAttribute('href', '/');
  });

  it('should name who promised as someone met when that person has left the directory', async () => {
    const interaction = aPageInteraction();
    const commitments = (interaction.commitments ?? []).map((commitment) => ({ ...commitment, contact: null }));
    renderApp(`/interactions/${INTERACTION_ID}`, { mocks: [meMock(analyst), interactionMock({ ...interaction, commitments })] });

    const section = await screen.findByRole('region', { name: 'Commitments' });
    expect(within(section).getByRole('listitem')).toHaveTextContent('Someone met: Raise the renewal with the capital');
  });

  it('should show a member that it happened, with whom and when, their organisation’s follow-up tasks, but not the notes nor colleagues', async () => {
    renderApp(`/interactions/${INTERACTION_ID}`, {
      mocks: [meMock(member), interactionMock(aPageInteraction({ confidentiality: 'COALITION' }), { staff: false })],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Arms embargo renewal' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Who was met' })).getByRole('link', { name: 'Jérôme Bonnafont' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Notes' })).getByText('Notes are shared with alliance staff only.')).toBeInTheDocument();
    expect(screen.queryByText('Walked through the panel of experts’ findings.')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Commitments' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Our side' })).queryByText('Colleagues')).not.toBeInTheDocument();
    const tasks = screen.getByRole('region', { name: 'Follow-up tasks' });
    expect(within(tasks).getByRole('link', { name: BRIEF_TASK.title })).toHaveAttribute('href', `/tasks/${BRIEF_TASK.id}`);
  });

  it('should lead back to the history in an older address, and say so when there is no such interaction', async () => {
    renderApp(`/interactions/${INTERACTION_ID}?contactId=${JEROME.id}`, { mocks: [meMock(analyst), interactionMock(null, { id: INTERACTION_ID })] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Interaction not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', `/contacts/${JEROME.id}`);
  });

  it('should have a title, landmarks and named regions (no serious axe violations)', async () => {
    renderApp(`/interactions/${INTERACTION_ID}`, { mocks: [meMock(analyst), interactionMock(aPageInteraction())] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Arms embargo renewal' })).toBeInTheDocument();
    expect(document.title).toBe('Arms embargo renewal · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
