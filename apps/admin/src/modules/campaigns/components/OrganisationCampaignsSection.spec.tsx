import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { ORGANISATION_ID } from '../../../test/directory-fixtures';
import { aUser } from '../../../test/fixtures';
import { renderAsUser } from '../../../test/renderAsUser';
import { ORGANISATION_CAMPAIGNS_QUERY } from '../graphql/organisation-campaigns.query';
import { CAMPAIGN_ID, OTHER_CAMPAIGN_ID } from '../testing/campaign-fixtures';
import { OrganisationCampaignsSection } from './OrganisationCampaignsSection';

const analyst = aUser({ id: 'user-4', name: 'Lucie Martin', role: 'ANALYST' });

const participation = (id: string, campaign: { id: string; name: string }, role: string, joinedAt: string, leftAt: string | null) => ({
  __typename: 'Participation' as const,
  id,
  campaignId: campaign.id,
  organisationId: ORGANISATION_ID,
  role,
  joinedAt,
  leftAt,
  campaign: { __typename: 'Campaign' as const, ...campaign, status: 'ACTIVE' },
});

function campaignsOfMock(participations: ReturnType<typeof participation>[]) {
  return {
    request: { query: ORGANISATION_CAMPAIGNS_QUERY, variables: { id: ORGANISATION_ID } },
    result: { data: { organisation: { __typename: 'Organisation', id: ORGANISATION_ID, participations } } },
  };
}

describe('OrganisationCampaignsSection', () => {
  it('should list the campaigns the organisation takes or took part in, with its role and dates', async () => {
    renderAsUser(<OrganisationCampaignsSection organisationId={ORGANISATION_ID} />, analyst, {
      mocks: [
        campaignsOfMock([
          participation('p-1', { id: OTHER_CAMPAIGN_ID, name: 'Accountability for Darfur' }, 'PARTNER', '2025-03-01T10:00:00.000Z', '2025-11-30T10:00:00.000Z'),
          participation('p-2', { id: CAMPAIGN_ID, name: 'Protect civilians in El Fasher' }, 'LEAD', '2026-01-15T10:00:00.000Z', null),
        ]),
      ],
    });

    const section = await screen.findByRole('region', { name: 'Campaigns' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Protect civilians in El FasherLead · since Jan 15, 2026',
      'Accountability for DarfurPartner · Mar 1, 2025 – Nov 30, 2025',
    ]);
    expect(within(section).getByRole('link', { name: 'Protect civilians in El Fasher' })).toHaveAttribute('href', `/campaigns/${CAMPAIGN_ID}`);
    document.title = 'Darfur Women Action Group';
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should say when the organisation takes part in no campaign', async () => {
    renderAsUser(<OrganisationCampaignsSection organisationId={ORGANISATION_ID} />, analyst, { mocks: [campaignsOfMock([])] });

    expect(await screen.findByText('The organisation takes part in no campaign you may see.')).toBeInTheDocument();
  });
});
