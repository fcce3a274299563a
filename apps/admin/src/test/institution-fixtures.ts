import type { MockLink } from '@apollo/client/testing';
import type {
  InstitutionQuery,
  InstitutionsFilter,
  InstitutionsQuery,
  InstitutionSummaryFieldsFragment,
  PolicymakersFilter,
  PolicymakersQuery,
  SeatsQuery,
} from '../gql/graphql';
import { INSTITUTION_NAME_QUERY } from '../modules/institutions/graphql/institution-name.query';
import { INSTITUTION_OPTIONS_QUERY } from '../modules/institutions/graphql/institution-options.query';
import { INSTITUTION_QUERY } from '../modules/institutions/graphql/institution.query';
import { INSTITUTIONS_QUERY } from '../modules/institutions/graphql/institutions.query';
import { POLICYMAKERS_QUERY } from '../modules/institutions/graphql/policymakers.query';
import { SEATS_QUERY } from '../modules/institutions/graphql/seats.query';
import { firstPageMock } from './connection';

export type InstitutionRecord = NonNullable<InstitutionQuery['institution']>;
type PolicymakerRow = PolicymakersQuery['policymakers']['edges'][number]['node'];
type InstitutionRow = InstitutionsQuery['institutions']['edges'][number]['node'];
type Seat = SeatsQuery['seats'][number];

const always = { maxUsageCount: Number.POSITIVE_INFINITY };
const FRANCE = { __typename: 'Country' as const, code: 'FR', nameEn: 'France', nameFr: 'France' };

export const UN_ID = '3f2a6a52-52a8-4c43-9d0b-000000000001';
export const SECURITY_COUNCIL_ID = '3f2a6a52-52a8-4c43-9d0b-000000000002';
export const FRANCE_MISSION_ID = '3f2a6a52-52a8-4c43-9d0b-000000000003';
export const LATVIA_MISSION_ID = '3f2a6a52-52a8-4c43-9d0b-000000000004';
export const SOMALIA_MISSION_ID = '3f2a6a52-52a8-4c43-9d0b-000000000005';

const summary = (id: string, name: string, nameFr: string, kind: InstitutionSummaryFieldsFragment['kind'], acronym: string | null = null) =>
  ({ __typename: 'Institution' as const, id, name, nameFr, acronym, kind });

export const UNITED_NATIONS = summary(UN_ID, 'United Nations', 'Organisation des Nations Unies', 'UN_ORGAN', 'UN');
export const SECURITY_COUNCIL = summary(SECURITY_COUNCIL_ID, 'United Nations Security Council', 'Conseil de sécurité des Nations Unies', 'UN_ORGAN', 'UNSC');
export const FRANCE_MISSION = summary(
  FRANCE_MISSION_ID,
  'Permanent Mission of France to the United Nations',
  'Mission permanente de la France auprès des Nations Unies',
  'PERMANENT_MISSION',
);
export const LATVIA_MISSION = summary(LATVIA_MISSION_ID, 'Permanent Mission of Latvia to the United Nations', 'Mission permanente de la Lettonie auprès des Nations Unies', 'PERMANENT_MISSION');
export const SOMALIA_MISSION = summary(SOMALIA_MISSION_ID, 'Permanent Mission of Somalia to the United Nations', 'Mission permanente de la Somalie auprès des Nations Unies', 'PERMANENT_MISSION');

/** The Security Council's page: part of the UN, no body within, one ambassador in post and one before. */
export function aSecurityCouncil(overrides: Partial<InstitutionRecord> = {}): InstitutionRecord {
  return {
    ...SECURITY_COUNCIL,
    countryCode: null,
    country: null,
    website: 'https://main.un.org/securitycouncil/',
    parentId: UN_ID,
    parent: UNITED_NATIONS,
    children: [],
    positions: [
      {
        __typename: 'Position',
        id: 'position-1',
        title: 'Political Coordinator',
        startDate: '2024-09-01',
        endDate: null,
        isCurrent: true,
        contactId: 'contact-1',
        institutionId: SECURITY_COUNCIL_ID,
        contact: { __typename: 'Contact', id: 'contact-1', firstName: 'Jérôme', lastName: 'Bonnafont' },
      },
      {
        __typename: 'Position',
        id: 'position-2',
        title: 'Political Coordinator',
        startDate: '2019-01-01',
        endDate: '2024-08-31',
        isCurrent: false,
        contactId: 'contact-2',
        institutionId: SECURITY_COUNCIL_ID,
        contact: { __typename: 'Contact', id: 'contact-2', firstName: 'Nicolas', lastName: 'de Rivière' },
      },
    ],
    ...overrides,
  };
}

export function institutionMock(institution: InstitutionRecord): MockLink.MockedResponse {
  return { request: { query: INSTITUTION_QUERY, variables: { id: institution.id } }, result: { data: { institution } }, ...always };
}

export function institutionNameMock(institution: InstitutionSummaryFieldsFragment): MockLink.MockedResponse {
  return { request: { query: INSTITUTION_NAME_QUERY, variables: { id: institution.id } }, result: { data: { institution } }, ...always };
}

/** The institution picker's answer for what was typed ('' before typing). */
export function institutionOptionsMock(search: string, institutions: InstitutionSummaryFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: { query: INSTITUTION_OPTIONS_QUERY, variables: { first: 20, filter: search ? { search } : {} } },
    result: {
      data: {
        institutions: {
          __typename: 'InstitutionConnection',
          edges: institutions.map((node) => ({ __typename: 'InstitutionEdge', node })),
        },
      },
    },
    ...always,
  };
}

export function aSeat(role: Seat['role'], member: InstitutionSummaryFieldsFragment, startDate: string, endDate: string | null, source: string | null): Seat {
  return { __typename: 'Seat', id: `seat-${role}-${member.id}-${startDate}`, role, startDate, endDate, source, member };
}

export function seatsMock(bodyId: string, on: string, seats: Seat[]): MockLink.MockedResponse {
  return { request: { query: SEATS_QUERY, variables: { bodyId, on } }, result: { data: { seats } }, ...always };
}

export function aPolicymaker(overrides: Partial<PolicymakerRow> = {}): PolicymakerRow {
  return {
    __typename: 'Position',
    id: 'position-9',
    title: 'Ambassador, Permanent Representative',
    startDate: '2023-07-10',
    endDate: null,
    isCurrent: true,
    contactId: 'contact-9',
    institutionId: FRANCE_MISSION_ID,
    contact: { __typename: 'Contact', id: 'contact-9', firstName: 'Jérôme', lastName: 'Bonnafont' },
    institution: { ...FRANCE_MISSION, country: FRANCE },
    ...overrides,
  };
}

/** The first page of policymakers for a filter, answering with these rows. */
export function policymakersMock(rows: PolicymakerRow[], filter: PolicymakersFilter = {}): MockLink.MockedResponse {
  return firstPageMock(POLICYMAKERS_QUERY, 'policymakers', 'Position', rows, filter);
}

/** The first page of the institutions list for a filter, answering with these rows. */
export function institutionsMock(rows: InstitutionRow[], filter: InstitutionsFilter = {}): MockLink.MockedResponse {
  return firstPageMock(INSTITUTIONS_QUERY, 'institutions', 'Institution', rows, filter);
}
