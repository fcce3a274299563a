import type { MockLink } from '@apollo/client/testing';
import type {
  CampaignFieldsFragment,
  CampaignCommitmentFieldsFragment,
  CampaignParticipantsQuery,
  CampaignsFilter,
  CampaignsQuery,
  CampaignTargetsQuery,
} from '../../../gql/graphql';
import { aConnectionPage } from '../../../test/connection';
import { ORGANISATION_ID } from '../../../test/directory-fixtures';
import { SECURITY_COUNCIL } from '../../../test/institution-fixtures';
import { CAMPAIGN_OPEN_COMMITMENTS_QUERY } from '../graphql/campaign-open-commitments.query';
import { CAMPAIGN_PARTICIPANTS_QUERY } from '../graphql/campaign-participants.query';
import { CAMPAIGN_TARGETS_QUERY } from '../graphql/campaign-targets.query';
import { CAMPAIGN_QUERY } from '../graphql/campaign.query';
import { CAMPAIGNS_QUERY } from '../graphql/campaigns.query';

export type CampaignRecord = CampaignFieldsFragment;
export type CampaignRow = CampaignsQuery['campaigns']['edges'][number]['node'];
export type Participant = NonNullable<CampaignParticipantsQuery['campaign']>['participations'][number];
export type CampaignTarget = NonNullable<CampaignTargetsQuery['campaign']>['targets'][number];
type Answer<Data> = Data | (() => Data);

const always = { maxUsageCount: Number.POSITIVE_INFINITY };
const DAY_MS = 24 * 3600 * 1000;

/** An instant this many days before now, as the API sends it. */
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

export const CAMPAIGN_ID = '7c1d2e3f-4a5b-4c6d-8e9f-000000000001';
export const OTHER_CAMPAIGN_ID = '7c1d2e3f-4a5b-4c6d-8e9f-000000000002';
export const POLICYMAKER_ID = '7c1d2e3f-4a5b-4c6d-8e9f-0000000000c1';
type OrganisationRef = NonNullable<Participant['organisation']>;

export const LEAD: OrganisationRef = { __typename: 'Organisation', id: ORGANISATION_ID, name: 'Darfur Women Action Group', acronym: 'DWAG' };
export const PARTNER: OrganisationRef = { __typename: 'Organisation', id: 'org-2', name: 'Protection Approaches', acronym: null };
export const POLICYMAKER = { __typename: 'Contact' as const, id: POLICYMAKER_ID, firstName: 'Catherine', lastName: 'Colonna' };

export function aCampaign(overrides: Partial<CampaignRecord> = {}): CampaignRecord {
  return {
    __typename: 'Campaign',
    id: CAMPAIGN_ID,
    name: 'Protect civilians in El Fasher',
    status: 'ACTIVE',
    visibility: 'MEMBERS',
    startDate: '2026-01-15',
    endDate: '2026-12-31',
    leadOrganisationId: LEAD.id,
    leadOrganisation: LEAD,
    objective: 'A Security Council resolution that protects civilians in North Darfur.',
    asks: ['Table a resolution on El Fasher', 'Extend the arms embargo to all of Sudan'],
    ...overrides,
  };
}

/** The campaign's page and form answering with this campaign (or "none you may see" for null). */
export function campaignMock(campaign: CampaignRecord | null, id = campaign?.id ?? CAMPAIGN_ID): MockLink.MockedResponse {
  return { request: { query: CAMPAIGN_QUERY, variables: { id } }, result: { data: { campaign } }, ...always };
}

export function aParticipation(organisation: OrganisationRef, overrides: Partial<Participant> = {}): Participant {
  return {
    __typename: 'Participation',
    id: `participation-${organisation.id}`,
    campaignId: CAMPAIGN_ID,
    organisationId: organisation.id,
    role: 'SUPPORTER',
    joinedAt: '2026-02-01T10:00:00.000Z',
    leftAt: null,
    organisation,
    ...overrides,
  };
}

export function aCampaignRow(campaign: CampaignRecord = aCampaign(), participants: Participant[] = []): CampaignRow {
  const { objective: _objective, asks: _asks, ...summary } = campaign;
  return { ...summary, participations: participants.map(({ organisation: _organisation, ...participation }) => participation) };
}

/** The first page of the campaigns list for a filter; `rows` may be a function, read at each request. */
export function campaignsMock(rows: Answer<CampaignRow[]>, filter: CampaignsFilter = {}): MockLink.MockedResponse {
  return {
    request: { query: CAMPAIGNS_QUERY, variables: { first: 25, after: null, filter } },
    result: () => ({ data: { campaigns: aConnectionPage('Campaign', typeof rows === 'function' ? rows() : rows) } }),
    ...always,
  };
}

/** Who takes part in the campaign (with those who left when includePast); may be a function, read at each request. */
export function participantsMock(participants: Answer<Participant[]>, includePast = false, id = CAMPAIGN_ID): MockLink.MockedResponse {
  return {
    request: { query: CAMPAIGN_PARTICIPANTS_QUERY, variables: { id, includePast } },
    result: () => ({
      data: { campaign: { __typename: 'Campaign', id, participations: typeof participants === 'function' ? participants() : participants } },
    }),
    ...always,
  };
}

export function aTarget(overrides: Partial<CampaignTarget> = {}): CampaignTarget {
  return {
    __typename: 'Target',
    id: 'target-1',
    campaignId: CAMPAIGN_ID,
    contactId: POLICYMAKER.id,
    institutionId: null,
    contact: POLICYMAKER,
    institution: null,
    priority: 'HIGH',
    ask: 'Co-sponsor the resolution',
    lastReachedAt: daysAgo(10),
    stance: 'SUPPORTIVE',
    ...overrides,
  };
}

export const SECURITY_COUNCIL_TARGET = aTarget({
  id: 'target-2',
  contactId: null,
  contact: null,
  institutionId: SECURITY_COUNCIL.id,
  institution: SECURITY_COUNCIL,
  priority: 'MEDIUM',
  ask: null,
  lastReachedAt: null,
  stance: 'NEUTRAL',
});

/** The campaign's targets; without `withStance` (member representatives) the stance is not asked for. */
export function targetsMock(targets: Answer<CampaignTarget[]>, withStance: boolean, id = CAMPAIGN_ID): MockLink.MockedResponse {
  const read = () => (typeof targets === 'function' ? targets() : targets);
  return {
    request: { query: CAMPAIGN_TARGETS_QUERY, variables: { id, withStance } },
    result: () => ({
      data: {
        campaign: {
          __typename: 'Campaign',
          id,
          targets: read().map(({ stance, ...target }) => (withStance ? { ...target, stance } : target)),
        },
      },
    }),
    ...always,
  };
}

export function aCommitment(overrides: Partial<CampaignCommitmentFieldsFragment> = {}): CampaignCommitmentFieldsFragment {
  return {
    __typename: 'Commitment',
    id: 'commitment-1',
    campaignId: CAMPAIGN_ID,
    contactId: POLICYMAKER.id,
    contact: POLICYMAKER,
    interactionId: 'interaction-1',
    description: 'Raise El Fasher at the next Council consultations',
    dueDate: '2026-03-01',
    status: 'MADE',
    isOverdue: true,
    ...overrides,
  };
}

/** The campaign's open commitments; may be a function, read at each request. */
export function openCommitmentsMock(commitments: Answer<CampaignCommitmentFieldsFragment[]>, campaignId = CAMPAIGN_ID): MockLink.MockedResponse {
  return {
    request: { query: CAMPAIGN_OPEN_COMMITMENTS_QUERY, variables: { campaignId } },
    result: () => ({ data: { openCommitments: typeof commitments === 'function' ? commitments() : commitments } }),
    ...always,
  };
}
