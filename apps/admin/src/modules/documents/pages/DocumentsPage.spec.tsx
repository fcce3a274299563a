import { Language } from '@alliance/domain';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { aUser, meMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';
import { DOCUMENT_CAMPAIGN_NAME_QUERY } from '../graphql/document-campaign-name.query';
import { aDocument, documentsMock, OPEN_CAMPAIGN, QUIET_CAMPAIGN } from '../testing/document-fixtures';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: 'org-9' });
const paper = aDocument();
const sitrep = aDocument({
  id: '6c1d2e3f-0000-4000-8000-000000000002',
  title: 'Situation report 14',
  kind: 'SITUATION_REPORT',
  status: 'PUBLISHED',
  campaigns: [OPEN_CAMPAIGN, QUIET_CAMPAIGN],
});

// The first test of a file also loads the page's code and axe: more than the default budget on a busy machine.
describe('DocumentsPage', { timeout: 30_000 }, () => {
  it('should list documents with their kind, status and campaigns, each linking to its page', async () => {
    renderApp('/documents', { mocks: [meMock(advocate), documentsMock([sitrep, paper])] });

    const table = await screen.findByRole('table', { name: 'Documents' });
    const row = within(table).getByRole('row', { name: /Situation report 14/ });
    expect(within(row).getByRole('link', { name: 'Situation report 14' })).toHaveAttribute('href', `/documents/${sitrep.id}`);
    expect(row).toHaveTextContent('Situation report');
    expect(row).toHaveTextContent('Published');
    expect(row).toHaveTextContent('Darfur referral, Quiet diplomacy');
    expect(within(table).getByRole('row', { name: /El Fasher/ })).toHaveTextContent('Draft');
    expect(screen.getByRole('link', { name: 'New document' })).toHaveAttribute('href', '/documents/new');
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should keep the search, kind and status in the address', async () => {
    const { user, router } = renderApp('/documents?kind=SITUATION_REPORT', {
      mocks: [
        meMock(advocate),
        documentsMock([sitrep], { kind: 'SITUATION_REPORT' }),
        documentsMock([sitrep], { kind: 'SITUATION_REPORT', status: 'PUBLISHED' }),
        documentsMock([sitrep], { kind: 'SITUATION_REPORT', status: 'PUBLISHED', search: 'report' }),
      ],
    });

    const filters = await screen.findByRole('search', { name: 'Filter documents' });
    expect(within(filters).getByRole('combobox', { name: 'Kind' })).toHaveTextContent('Situation report');
    await user.click(within(filters).getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Published' }));
    await user.type(within(filters).getByRole('searchbox', { name: 'Search by title' }), 'report');
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ kind: 'SITUATION_REPORT', status: 'PUBLISHED', q: 'report' }),
    );
    expect(await screen.findByRole('row', { name: /Situation report 14/ })).toBeInTheDocument();
  });

  it('should narrow the list to the campaign the address names, showing its name', async () => {
    const { user, router } = renderApp(`/documents?campaign=${OPEN_CAMPAIGN.id}`, {
      mocks: [
        meMock(advocate),
        { request: { query: DOCUMENT_CAMPAIGN_NAME_QUERY, variables: { id: OPEN_CAMPAIGN.id } }, result: { data: { campaign: OPEN_CAMPAIGN } } },
        documentsMock([paper], { campaignId: OPEN_CAMPAIGN.id }),
        documentsMock([sitrep, paper]),
      ],
    });

    const campaign = await screen.findByRole('combobox', { name: 'Campaign' });
    await waitFor(() => expect(campaign).toHaveValue('Darfur referral'));
    expect(await screen.findByRole('row', { name: /El Fasher/ })).toBeInTheDocument();
    await user.click(campaign);
    await user.click(await within(screen.getByRole('search', { name: 'Filter documents' })).findByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('row', { name: /Situation report 14/ })).toBeInTheDocument();
  });

  it('should offer members what they may read, in their language, without drafts or a way to add', async () => {
    renderApp('/documents', { language: Language.FR, mocks: [meMock({ ...member, language: 'FR' }), documentsMock([sitrep])] });

    const table = await screen.findByRole('table', { name: 'Documents' });
    expect(within(table).getByRole('row', { name: /Situation report 14/ })).toHaveTextContent('Rapport de situation');
    const filters = screen.getByRole('search', { name: 'Filtrer les documents' });
    expect(within(filters).queryByRole('combobox', { name: 'Statut' })).not.toBeInTheDocument();
    expect(within(filters).getByRole('combobox', { name: 'Campagne' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nouveau document' })).not.toBeInTheDocument();
  });
});
