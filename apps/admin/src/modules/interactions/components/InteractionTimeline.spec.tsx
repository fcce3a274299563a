import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { CONTACT_ID } from '../../../test/directory-fixtures';
import { aUser } from '../../../test/fixtures';
import { SECURITY_COUNCIL_ID } from '../../../test/institution-fixtures';
import { renderAsUser } from '../../../test/renderAsUser';
import { anInteraction, coalitionTimelineMock, DWAG, interactionTimelineMock, NIEMAT } from '../test/interaction-fixtures';
import { InteractionTimeline } from './InteractionTimeline';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: DWAG.id });
const byContact = { contactId: CONTACT_ID };

/** `count` calls with Niemat Ahmadi, one a day back from 30 November 2026, newest first as the API lists them. */
function calls(count: number, firstDay = 30) {
  return Array.from({ length: count }, (_unused, index) =>
    anInteraction({
      id: `interaction-${firstDay - index}`,
      kind: 'CALL',
      subject: `Call ${firstDay - index}`,
      occurredAt: new Date(Date.UTC(2026, 10, firstDay - index, 12)).toISOString(),
      contacts: [NIEMAT],
      confidentiality: 'COALITION',
    }),
  );
}

const subjects = () =>
  within(screen.getByRole('list', { name: 'Outreach history' }))
    .getAllByRole('listitem')
    .map((item) => within(item).getAllByRole('link')[0]?.textContent);

describe('InteractionTimeline', () => {
  it('should list a contact’s interactions newest first, each linking to its page, and page on', async () => {
    const firstPage = calls(25);
    const { user } = renderAsUser(<InteractionTimeline filter={byContact} />, advocate, {
      mocks: [
        interactionTimelineMock(firstPage, byContact, { endCursor: 'cursor-25', totalCount: 26 }),
        interactionTimelineMock([anInteraction({ subject: 'Arms embargo renewal' })], byContact, { after: 'cursor-25', totalCount: 26 }),
      ],
    });

    expect(await screen.findByRole('link', { name: 'Call 30' })).toHaveAttribute('href', '/interactions/interaction-30');
    expect(subjects().slice(0, 3)).toEqual(['Call 30', 'Call 29', 'Call 28']);
    const newest = within(screen.getByRole('list', { name: 'Outreach history' })).getAllByRole('listitem')[0] as HTMLElement;
    expect(newest).toHaveTextContent('Nov 30, 2026');
    expect(newest).toHaveTextContent('Call');
    expect(newest).toHaveTextContent('Met: Niemat Ahmadi');
    expect(newest).toHaveTextContent('Took part: Darfur Women Action Group (DWAG)');
    expect(newest).toHaveTextContent('Walked through the panel of experts’ findings.');
    expect(newest).toHaveTextContent('Outcome: Supportive; will raise it with Paris.');

    await user.click(screen.getByRole('button', { name: 'Go to next page' }));

    expect(await screen.findByRole('link', { name: 'Arms embargo renewal' })).toBeInTheDocument();
    expect(subjects()).toEqual(['Arms embargo renewal']);
  });

  it('should offer staff to log a meeting prefilled with the record', async () => {
    const byInstitution = { institutionId: SECURITY_COUNCIL_ID };
    renderAsUser(<InteractionTimeline filter={byInstitution} />, advocate, { mocks: [interactionTimelineMock([], byInstitution)] });

    expect(await screen.findByText('No meeting, call or letter is recorded yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log a meeting' })).toHaveAttribute('href', `/interactions/new?institutionId=${SECURITY_COUNCIL_ID}`);
  });

  it('should show a member who met whom and when, without the notes or the way to log', async () => {
    renderAsUser(<InteractionTimeline filter={byContact} />, member, { mocks: [coalitionTimelineMock(calls(2), byContact)] });

    const item = (await screen.findAllByRole('listitem'))[0] as HTMLElement;
    expect(item).toHaveTextContent('Met: Niemat Ahmadi');
    expect(screen.getByText('Notes are shared with alliance staff only.')).toBeInTheDocument();
    expect(screen.queryByText('Walked through the panel of experts’ findings.')).not.toBeInTheDocument();
    expect(screen.queryByText(/Outcome:/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Log a meeting' })).not.toBeInTheDocument();
    document.title = 'Niemat Ahmadi';
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
