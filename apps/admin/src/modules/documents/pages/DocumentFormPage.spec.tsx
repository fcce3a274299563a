import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { apiError, aUser, meMock } from '../../../test/fixtures';
import { fillIn, renderApp } from '../../../test/render';
import { CREATE_DOCUMENT_MUTATION } from '../graphql/create-document.mutation';
import { DOCUMENT_CAMPAIGN_OPTIONS_QUERY } from '../graphql/document-campaign-options.query';
import { UPDATE_DOCUMENT_MUTATION } from '../graphql/update-document.mutation';
import { aDocument, DOCUMENT_ID, documentMock, OPEN_CAMPAIGN, QUIET_CAMPAIGN } from '../testing/document-fixtures';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const campaignOptions = {
  request: { query: DOCUMENT_CAMPAIGN_OPTIONS_QUERY, variables: { first: 20, filter: {} } },
  result: { data: { campaigns: { __typename: 'CampaignConnection', edges: [OPEN_CAMPAIGN, QUIET_CAMPAIGN].map((node) => ({ __typename: 'CampaignEdge', node })) } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

// Whole forms with several MUI selects and pickers: slower than the default budget on a busy machine.
describe('DocumentFormPage', { timeout: 40_000 }, () => {
  it('should create a document in its campaigns, showing the API’s reason under the field it names', async () => {
    const input = { title: 'Situation report 15', kind: 'SITUATION_REPORT', status: 'PUBLISHED', body: '## Key developments', campaignIds: [QUIET_CAMPAIGN.id] };
    const created = aDocument({ id: 'new-document', title: input.title, kind: 'SITUATION_REPORT', status: 'PUBLISHED', body: input.body, campaigns: [QUIET_CAMPAIGN], attachments: [] });
    const { user, router } = renderApp('/documents/new', {
      mocks: [
        meMock(advocate),
        campaignOptions,
        {
          request: { query: CREATE_DOCUMENT_MUTATION, variables: { input } },
          result: { errors: [apiError('BAD_USER_INPUT', 'campaignIds.0: is not a campaign (or it was deleted)', { field: 'campaignIds.0' })] },
        },
        {
          request: { query: CREATE_DOCUMENT_MUTATION, variables: { input: { ...input, campaignIds: [OPEN_CAMPAIGN.id] } } },
          result: { data: { createDocument: { ...created, campaigns: [OPEN_CAMPAIGN] } } },
        },
        documentMock({ ...created, campaigns: [OPEN_CAMPAIGN] }, 'new-document'),
      ],
    });

    await fillIn(user, await screen.findByRole('textbox', { name: /^Title/ }), input.title);
    await user.click(screen.getByRole('combobox', { name: /^Kind/ }));
    await user.click(await screen.findByRole('option', { name: 'Situation report' }));
    await user.click(screen.getByRole('combobox', { name: /^Status/ }));
    await user.click(await screen.findByRole('option', { name: 'Published' }));
    const campaigns = screen.getByRole('combobox', { name: 'Campaigns' });
    await user.click(campaigns);
    await user.click(await screen.findByRole('option', { name: 'Quiet diplomacy' }));
    await fillIn(user, screen.getByRole('textbox', { name: 'Text' }), input.body);
    await user.click(screen.getByRole('button', { name: 'Create document' }));
    await waitFor(() => expect(campaigns).toHaveAccessibleDescription('Quiet diplomacy: Is not a campaign (or it was deleted)'));

    await user.click(screen.getByRole('button', { name: 'Quiet diplomacy' }).querySelector('svg') as Element);
    await user.click(campaigns);
    await user.click(await screen.findByRole('option', { name: 'Darfur referral' }));
    await user.click(screen.getByRole('button', { name: 'Create document' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/documents/new-document'));
    expect(await screen.findByText('Situation report 15 was created.')).toBeInTheDocument();
  });

  it('should edit a document, previewing its text as it will read', async () => {
    const paper = aDocument();
    const { user, router } = renderApp(`/documents/${DOCUMENT_ID}/edit`, {
      mocks: [
        meMock(advocate),
        documentMock(paper),
        {
          request: {
            query: UPDATE_DOCUMENT_MUTATION,
            variables: { input: { id: DOCUMENT_ID, title: 'El Fasher: options (revised)', kind: 'OPTIONS_PAPER', status: 'DRAFT', body: paper.body, campaignIds: [OPEN_CAMPAIGN.id] } },
          },
          result: { data: { updateDocument: { ...paper, title: 'El Fasher: options (revised)' } } },
        },
      ],
    });

    const title = await screen.findByRole('textbox', { name: /^Title/ });
    expect(title).toHaveValue(paper.title);
    expect(screen.getByRole('button', { name: 'Darfur referral' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = screen.getByRole('region', { name: 'Preview of the text' });
    expect(within(preview).getByRole('heading', { name: 'Recommendations' })).toBeInTheDocument();
    expect(preview).not.toHaveTextContent('alert');
    expect(await seriousAxeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Back to writing' }));

    await user.clear(title);
    await fillIn(user, title, 'El Fasher: options (revised)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/documents/${DOCUMENT_ID}`));
  });
});
