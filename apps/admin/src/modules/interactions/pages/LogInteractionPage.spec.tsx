import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LogInteractionInput } from '../../../gql/graphql';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, apiError, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { todayCalendarDate } from '../../../ui/calendarDate';
import { DOCUMENT_OPTIONS_QUERY } from '../../documents/graphql/document-options.query';
import { CONTACT_PICKER_OPTIONS_QUERY } from '../../relationships/graphql/contact-picker-options.query';
import { LOG_INTERACTION_MUTATION } from '../graphql/log-interaction.mutation';
import { aPageInteraction, CAMPAIGN, CAMPAIGN_ID, campaignNameMock, contactNameMock, INTERACTION_ID, JEROME, NIEMAT, PANEL_REPORT } from '../test/interaction-fixtures';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });

const peopleToPick: MockLink.MockedResponse = {
  request: { query: CONTACT_PICKER_OPTIONS_QUERY, variables: { first: 20, filter: {} } },
  result: { data: { contacts: { __typename: 'ContactConnection', edges: [NIEMAT, JEROME].map((node) => ({ __typename: 'ContactEdge', node })) } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const documentsToPick: MockLink.MockedResponse = {
  request: { query: DOCUMENT_OPTIONS_QUERY, variables: { first: 20, filter: {} } },
  result: {
    data: { documents: { __typename: 'DocumentConnection', edges: [{ __typename: 'DocumentEdge', node: { ...PANEL_REPORT, kind: 'OPTIONS_PAPER' } }] } },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The logInteraction call, whatever the time it is logged at: `answer` gets the input sent. */
function logInteractionMock(answer: (input: LogInteractionInput) => MockLink.MockedResponse['result']): MockLink.MockedResponse {
  let sent: LogInteractionInput | undefined;
  return {
    request: {
      query: LOG_INTERACTION_MUTATION,
      variables: (variables: Record<string, unknown>) => {
        sent = variables.input as LogInteractionInput;
        return true;
      },
    },
    result: () => answer(sent as LogInteractionInput),
  } as MockLink.MockedResponse;
}

/** Writes a commitment from the person met (the only one, so already chosen) and a follow-up task. */
function fillInCommitmentAndFollowUp() {
  // Found by label or text: role queries weigh every element of a page this big.
  fireEvent.click(screen.getByText('Add a commitment'));
  fireEvent.change(screen.getByLabelText('What (1)'), { target: { value: 'Raise the renewal with the capital' } });
  fireEvent.change(screen.getByLabelText('By when (1)'), { target: { value: '2026-12-01' } });
  fireEvent.click(screen.getByText('Add a follow-up task'));
  fireEvent.change(screen.getByLabelText('Task (1)'), { target: { value: 'Send the panel report' } });
}

// A big form in jsdom: every change re-renders it, which takes a while on a busy machine.
describe('LogInteractionPage', { timeout: 30_000 }, () => {
  it('should start as a meeting, now, internal, for the campaign and person in the address, with the focus on the people met', async () => {
    renderApp(`/interactions/new?campaignId=${CAMPAIGN_ID}&contactId=${NIEMAT.id}`, {
      mocks: [meMock(advocate), campaignNameMock(), contactNameMock(NIEMAT)],
    });

    expect(await screen.findByRole('combobox', { name: /^Kind/ })).toHaveTextContent('Meeting');
    expect(screen.getByRole('heading', { level: 1, name: 'Log a meeting' })).toBeInTheDocument();
    expect((screen.getByLabelText(/^When/) as HTMLInputElement).value.startsWith(`${todayCalendarDate()}T`)).toBe(true);
    expect(screen.getByRole('combobox', { name: 'Campaign' })).toHaveValue(CAMPAIGN.name);
    expect(screen.getByRole('radio', { name: /^Internal/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'People met' })).toHaveFocus();
    // The person in the address is already picked: a chip.
    expect(screen.getByRole('button', { name: 'Niemat Ahmadi' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Niemat Ahmadi' })).toHaveAttribute('href', `/contacts/${NIEMAT.id}`);
  });

  it('should send the people met, the commitment and the follow-up task in one call on Ctrl+Enter, then open the interaction', async () => {
    const answer = vi.fn(() => ({ data: { logInteraction: aPageInteraction({ contacts: [NIEMAT, JEROME] }) } }));
    const { user, router } = renderApp(`/interactions/new?contactId=${NIEMAT.id}`, {
      mocks: [meMock(advocate), contactNameMock(NIEMAT), peopleToPick, logInteractionMock(answer)],
    });

    await user.click(await screen.findByRole('combobox', { name: 'People met' }));
    await user.click(await screen.findByRole('option', { name: 'Jérôme Bonnafont' }));
    fillInCommitmentAndFollowUp();
    await user.click(screen.getByRole('combobox', { name: /^Who promised \(1\)/ }));
    await user.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'Jérôme Bonnafont' }));
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(router.state.location.pathname).toBe(`/interactions/${INTERACTION_ID}`));
    expect(router.state.location.search).toBe('');
    expect(answer).toHaveBeenCalledTimes(1);
    expect(answer).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: 'MEETING',
        confidentiality: 'INTERNAL',
        contactIds: [NIEMAT.id, JEROME.id],
        commitments: [{ contactId: JEROME.id, description: 'Raise the renewal with the capital', dueDate: '2026-12-01' }],
        followUpTasks: [{ title: 'Send the panel report', dueDate: null, assigneeUserId: null, assigneeOrganisationId: null }],
      }),
    );
    // The page opens from what the mutation answered (no further request), and leads back to the person it was logged for.
    expect(await screen.findByRole('heading', { level: 1, name: 'Arms embargo renewal' })).toBeInTheDocument();
    expect(await screen.findByText('Saved to the outreach history. Follow-up tasks created: 1.')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Niemat Ahmadi' })[0]).toHaveAttribute('href', `/contacts/${NIEMAT.id}`);
    expect(within(screen.getByRole('region', { name: 'Follow-up tasks' })).getByRole('link', { name: 'Send the panel report' })).toHaveAttribute(
      'href',
      '/tasks/task-1',
    );
  });

  it('should send the document picked as handed over with the meeting, and show it on the interaction', async () => {
    const answer = vi.fn(() => ({ data: { logInteraction: aPageInteraction({ contacts: [NIEMAT] }) } }));
    const { user } = renderApp(`/interactions/new?contactId=${NIEMAT.id}&campaignId=${CAMPAIGN_ID}`, {
      mocks: [meMock(advocate), contactNameMock(NIEMAT), campaignNameMock(), documentsToPick, logInteractionMock(answer)],
    });

    await user.click(await screen.findByRole('combobox', { name: 'Documents handed over' }));
    await user.click(await screen.findByRole('option', { name: PANEL_REPORT.title }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const documents = await screen.findByRole('region', { name: 'Documents handed over' });
    expect(within(documents).getByRole('link', { name: PANEL_REPORT.title })).toHaveAttribute('href', `/documents/${PANEL_REPORT.id}`);
    expect(answer).toHaveBeenCalledWith(expect.objectContaining({ contactIds: [NIEMAT.id], campaignId: CAMPAIGN_ID, documentIds: [PANEL_REPORT.id] }));
  });

  it('should show the API’s error on "commitments.0.dueDate" under that commitment’s date', async () => {
    const { user, router } = renderApp(`/interactions/new?contactId=${NIEMAT.id}`, {
      mocks: [
        meMock(advocate),
        contactNameMock(NIEMAT),
        logInteractionMock(() => ({
          errors: [
            apiError('BAD_USER_INPUT', 'commitments.0.dueDate: must not be before the interaction', {
              field: 'commitments.0.dueDate',
              fields: [{ field: 'commitments.0.dueDate', message: 'must not be before the interaction' }],
            }),
          ],
        })),
      ],
    });

    await screen.findByRole('combobox', { name: 'People met' });
    fillInCommitmentAndFollowUp();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dueDate = screen.getByLabelText('By when (1)');
    await waitFor(() => expect(dueDate).toBeInvalid());
    expect(dueDate).toHaveAccessibleDescription('Must not be before the interaction');
    expect(screen.getByLabelText('Due (1)')).toBeValid();
    expect(router.state.location.pathname).toBe('/interactions/new');
  });

  it('should ask who promised a commitment before sending it', async () => {
    const answer = vi.fn();
    const { user } = renderApp('/interactions/new', { mocks: [meMock(advocate), peopleToPick, logInteractionMock(answer)] });

    await user.click(await screen.findByRole('combobox', { name: 'People met' }));
    await user.click(await screen.findByRole('option', { name: 'Niemat Ahmadi' }));
    await user.click(screen.getByRole('combobox', { name: 'People met' }));
    await user.click(await screen.findByRole('option', { name: 'Jérôme Bonnafont' }));
    fireEvent.click(screen.getByText('Add a commitment'));
    fireEvent.change(screen.getByLabelText('What (1)'), { target: { value: 'Co-sponsor the resolution' } });
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Choose who promised this among the people met.')).toBeInTheDocument();
    expect(answer).not.toHaveBeenCalled();
  });

  it('should label and group every field and have no serious axe violations', async () => {
    renderApp('/interactions/new', { mocks: [meMock(advocate)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Log a meeting' })).toBeInTheDocument();
    for (const group of ['Our side', 'Commitments obtained', 'Follow-up tasks', 'Who may read it']) {
      expect(screen.getByRole('group', { name: group })).toBeInTheDocument();
    }
    expect(document.title).toBe('Log a meeting · Alliance CRM');
    expect(await seriousAxeViolations()).toEqual([]);
  });
});
