import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { apiError, aUser } from '../../../test/fixtures';
import { FRANCE_MISSION, FRANCE_MISSION_ID, institutionOptionsMock, SECURITY_COUNCIL } from '../../../test/institution-fixtures';
import type { RenderOptions } from '../../../test/render';
import { renderAsUser } from '../../../test/renderAsUser';
import { todayCalendarDate } from '../../../ui/calendarDate';
import { ADD_POSITION_MUTATION } from '../graphql/add-position.mutation';
import { CONTACT_POSITIONS_QUERY } from '../graphql/contact-positions.query';
import { END_POSITION_MUTATION } from '../graphql/end-position.mutation';
import { PositionsSection } from './PositionsSection';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const analyst = aUser({ id: 'user-4', name: 'Lucie Martin', role: 'ANALYST' });
const contact = { id: 'contact-9', firstName: 'Jérôme', lastName: 'Bonnafont', deletedAt: null };

const position = (id: string, title: string, startDate: string, endDate: string | null, institution = FRANCE_MISSION) => ({
  __typename: 'Position' as const,
  id,
  title,
  startDate,
  endDate,
  isCurrent: endDate === null,
  contactId: contact.id,
  institutionId: institution.id,
  institution,
});

// Newest first, as the API lists them: an old post that ended after the current one began comes first.
const positions = [
  position('position-2', 'Special Envoy', '2018-01-01', '2024-06-30', SECURITY_COUNCIL),
  position('position-1', 'Ambassador, Permanent Representative', '2023-07-10', null),
];

function positionsMock(list: ReturnType<typeof position>[]) {
  return {
    request: { query: CONTACT_POSITIONS_QUERY, variables: { id: contact.id } },
    result: { data: { contact: { __typename: 'Contact', id: contact.id, positions: list } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function renderSection(user: typeof advocate, mocks: RenderOptions['mocks']) {
  return renderAsUser(<PositionsSection contact={contact} />, user, { mocks });
}

describe('PositionsSection', () => {
  it('should list current positions first, each linking to its institution, with End position for editors', async () => {
    renderSection(advocate, [positionsMock(positions)]);

    const section = await screen.findByRole('region', { name: 'Positions' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Ambassador, Permanent Representative at Permanent Mission of France to the United NationsCurrentsince Jul 10, 2023/),
      expect.stringMatching(/^Special Envoy at United Nations Security CouncilJan 1, 2018 – Jun 30, 2024/),
    ]);
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Permanent Mission of France to the United Nations' })).toHaveAttribute(
      'href',
      `/institutions/${FRANCE_MISSION_ID}`,
    );
    expect(
      within(section).getByRole('button', {
        name: 'End position: Ambassador, Permanent Representative at Permanent Mission of France to the United Nations',
      }),
    ).toBeInTheDocument();
    expect(within(section).getAllByRole('button', { name: /^End position/ })).toHaveLength(1);
    // Alone on the page here: the contact's page gives the title.
    document.title = 'Jérôme Bonnafont';
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should offer no changes to an analyst', async () => {
    renderSection(analyst, [positionsMock(positions)]);

    await screen.findAllByRole('listitem');
    expect(screen.queryByRole('button', { name: 'Add a position' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^End position/ })).not.toBeInTheDocument();
  });

  it('should add a position as a job change, showing the API’s reason under the field it names first', async () => {
    const input = {
      contactId: contact.id,
      institutionId: FRANCE_MISSION_ID,
      title: 'Deputy Permanent Representative',
      startDate: todayCalendarDate(),
      closeCurrentPositions: true,
    };
    const { user } = renderSection(advocate, [
      positionsMock(positions),
      institutionOptionsMock('', [FRANCE_MISSION]),
      institutionOptionsMock('france', [FRANCE_MISSION]),
      {
        request: { query: ADD_POSITION_MUTATION, variables: { input: { ...input, title: 'x' } } },
        result: { errors: [apiError('BAD_USER_INPUT', 'title: must be at least 2 characters', { field: 'title' })] },
      },
      {
        request: { query: ADD_POSITION_MUTATION, variables: { input } },
        result: { data: { addPosition: { ...position('position-3', input.title, input.startDate, null), institution: undefined } } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Add a position' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a position for Jérôme Bonnafont' });
    await user.click(within(dialog).getByRole('button', { name: 'Add position' }));
    expect(within(dialog).getByRole('combobox', { name: /Institution/ })).toHaveAccessibleDescription('Choose the institution.');

    await user.type(within(dialog).getByRole('combobox', { name: /Institution/ }), 'france');
    await user.click(await screen.findByRole('option', { name: 'Permanent Mission of France to the United Nations' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'x');
    await user.click(within(dialog).getByRole('checkbox', { name: 'This is a job change: close their current positions' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add position' }));

    const title = within(dialog).getByRole('textbox', { name: /^Title/ });
    await waitFor(() => expect(title).toHaveAccessibleDescription('Must be at least 2 characters'));
    expect(title).toBeInvalid();

    await user.clear(title);
    await user.type(title, 'Deputy Permanent Representative');
    await user.click(within(dialog).getByRole('button', { name: 'Add position' }));
    expect(await screen.findByText('Deputy Permanent Representative was added to Jérôme Bonnafont’s positions.')).toBeInTheDocument();
  });

  it('should end a current position on the date chosen', async () => {
    const { user } = renderSection(advocate, [
      positionsMock(positions),
      {
        request: { query: END_POSITION_MUTATION, variables: { input: { positionId: 'position-1', endDate: todayCalendarDate() } } },
        result: {
          data: { endPosition: { ...position('position-1', 'Ambassador, Permanent Representative', '2023-07-10', todayCalendarDate()), institution: undefined } },
        },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: /^End position: Ambassador/ }));
    const dialog = screen.getByRole('dialog', { name: 'End position' });
    expect(within(dialog).getByLabelText(/^End date/)).toHaveValue(todayCalendarDate());
    await user.click(within(dialog).getByRole('button', { name: 'End position' }));
    expect(await screen.findByText(/position ended\.$/)).toBeInTheDocument();
  });
});
