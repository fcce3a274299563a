import type { MockLink } from '@apollo/client/testing';
import type { InteractionFieldsFragment, InteractionQuery, InteractionRecordFieldsFragment } from '../../../gql/graphql';
import { CONTACT_ID } from '../../../test/directory-fixtures';
import { FRANCE_MISSION } from '../../../test/institution-fixtures';
import { COALITION_INTERACTION_TIMELINE_QUERY } from '../graphql/coalition-interaction-timeline.query';
import { INTERACTION_CAMPAIGN_NAME_QUERY } from '../graphql/interaction-campaign-name.query';
import { INTERACTION_CONTACT_NAME_QUERY } from '../graphql/interaction-contact-name.query';
import { INTERACTION_TIMELINE_QUERY } from '../graphql/interaction-timeline.query';
import { COALITION_INTERACTION_QUERY, INTERACTION_QUERY } from '../graphql/interaction.query';
import type { InteractionScope } from '../interactionPaths';

const always = { maxUsageCount: Number.POSITIVE_INFINITY };

export const INTERACTION_ID = '9d4e2b71-3c5a-4f1e-8a6b-000000000001';
export const CAMPAIGN_ID = '5e8a1c2d-7b3f-4d9e-a1c4-000000000001';
export const CAMPAIGN = { __typename: 'Campaign' as const, id: CAMPAIGN_ID, name: 'Accountability for Darfur' };
export const NIEMAT = { __typename: 'Contact' as const, id: CONTACT_ID, firstName: 'Niemat', lastName: 'Ahmadi' };
export const JEROME = { __typename: 'Contact' as const, id: 'contact-9', firstName: 'Jérôme', lastName: 'Bonnafont' };
export const DWAG = { __typename: 'Organisation' as const, id: 'organisation-1', name: 'Darfur Women Action Group', acronym: 'DWAG' };

/** A meeting with France's ambassador, with its notes and one commitment, as staff read it. */
export function anInteraction(overrides: Partial<InteractionRecordFieldsFragment> = {}): InteractionRecordFieldsFragment {
  return {
    __typename: 'Interaction',
    id: INTERACTION_ID,
    kind: 'MEETING',
    occurredAt: '2026-11-20T14:00:00.000Z',
    subject: 'Arms embargo renewal',
    confidentiality: 'INTERNAL',
    campaignId: CAMPAIGN_ID,
    contacts: [JEROME],
    institutions: [FRANCE_MISSION],
    participantOrganisations: [DWAG],
    summary: 'Walked through the panel of experts’ findings.',
    outcome: 'Supportive; will raise it with Paris.',
    commitments: [
      {
        __typename: 'Commitment',
        id: 'commitment-1',
        contactId: JEROME.id,
        description: 'Raise the renewal with the capital',
        dueDate: '2026-12-01',
        status: 'MADE',
        isOverdue: false,
      },
    ],
    ...overrides,
  };
}

export type PageInteractionFixture = NonNullable<InteractionQuery['interaction']>;

export const LUCIE = { __typename: 'User' as const, id: 'user-4', name: 'Lucie Martin' };
export const PANEL_REPORT = { __typename: 'Document' as const, id: 'document-1', title: 'Panel of experts: final report' };
export const BRIEF_TASK = { __typename: 'Task' as const, id: 'task-1', title: 'Send the panel report', status: 'TODO' as const, dueDate: '2026-11-27' };

/** The same meeting as its page reads it (staff): the campaign, colleagues, documents, follow-up tasks, who promised. */
export function aPageInteraction(overrides: Partial<PageInteractionFixture> = {}): PageInteractionFixture {
  const base = anInteraction();
  return {
    ...base,
    campaign: CAMPAIGN,
    participantUsers: [LUCIE],
    documents: [PANEL_REPORT],
    followUpTasks: [BRIEF_TASK],
    commitments: (base.commitments ?? []).map((commitment) => ({ ...commitment, contact: JEROME })),
    ...overrides,
  };
}

/** The page's query, as staff (with the notes) or as a member representative (without, nor colleagues). */
export function interactionMock(interaction: PageInteractionFixture | null, { staff = true, id = interaction?.id ?? INTERACTION_ID } = {}): MockLink.MockedResponse {
  if (staff) return { request: { query: INTERACTION_QUERY, variables: { id } }, result: { data: { interaction } }, ...always };
  const shown = interaction && { ...withoutNotes(interaction), participantUsers: [] };
  return { request: { query: COALITION_INTERACTION_QUERY, variables: { id } }, result: { data: { interaction: shown } }, ...always };
}

/** What a member representative is sent of an interaction: no notes. */
export function withoutNotes<Interaction extends InteractionRecordFieldsFragment>({
  summary: _summary,
  outcome: _outcome,
  commitments: _commitments,
  ...shown
}: Interaction): Omit<Interaction, 'summary' | 'outcome' | 'commitments'> & InteractionFieldsFragment {
  return shown;
}

export interface TimelinePageOptions {
  first?: number;
  /** The cursor the page is asked for after (null: the first page). */
  after?: string | null;
  /** The cursor of the page's last item, when more follow. */
  endCursor?: string | null;
  totalCount?: number;
}

function timelinePage(nodes: readonly object[], { endCursor = null, totalCount = nodes.length }: TimelinePageOptions) {
  return {
    interactions: {
      __typename: 'InteractionConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      edges: nodes.map((node) => ({ __typename: 'InteractionEdge', node })),
    },
  };
}

/** Staff: a page of a history (25 a page, the first by default), answering with these interactions as often as asked. */
export function interactionTimelineMock(
  interactions: InteractionRecordFieldsFragment[],
  filter: InteractionScope,
  options: TimelinePageOptions = {},
): MockLink.MockedResponse {
  const { first = 25, after = null } = options;
  return {
    request: { query: INTERACTION_TIMELINE_QUERY, variables: { first, after, filter } },
    result: { data: timelinePage(interactions, options) },
    ...always,
  };
}

/** Member representatives: a page of the coalition-level history, without the notes. */
export function coalitionTimelineMock(
  interactions: InteractionRecordFieldsFragment[],
  filter: InteractionScope,
  options: TimelinePageOptions = {},
): MockLink.MockedResponse {
  const { first = 25, after = null } = options;
  return {
    request: { query: COALITION_INTERACTION_TIMELINE_QUERY, variables: { first, after, filter } },
    result: { data: timelinePage(interactions.map(withoutNotes), options) },
    ...always,
  };
}

export function campaignNameMock(campaign: typeof CAMPAIGN = CAMPAIGN): MockLink.MockedResponse {
  return { request: { query: INTERACTION_CAMPAIGN_NAME_QUERY, variables: { id: campaign.id } }, result: { data: { campaign } }, ...always };
}

export function contactNameMock(contact: typeof NIEMAT): MockLink.MockedResponse {
  return { request: { query: INTERACTION_CONTACT_NAME_QUERY, variables: { id: contact.id } }, result: { data: { contact } }, ...always };
}
