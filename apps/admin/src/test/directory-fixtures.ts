import type { MockLink } from '@apollo/client/testing';
import type { GraphQLFormattedError } from 'graphql';
import type {
  ContactQuery,
  ContactsFilter,
  ContactsQuery,
  OrganisationQuery,
  OrganisationsFilter,
  OrganisationsQuery,
  OrganisationsSort,
} from '../gql/graphql';
import { CONTACT_QUERY } from '../modules/contacts/graphql/contact.query';
import { CONTACTS_QUERY } from '../modules/contacts/graphql/contacts.query';
import { COUNTRIES_QUERY } from '../modules/countries/graphql/countries.query';
import { ORGANISATION_QUERY } from '../modules/organisations/graphql/organisation.query';
import { ORGANISATIONS_QUERY } from '../modules/organisations/graphql/organisations.query';

export type OrganisationRecord = NonNullable<OrganisationQuery['organisation']>;
export type ContactRecord = NonNullable<ContactQuery['contact']>;
type OrganisationRow = OrganisationsQuery['organisations']['edges'][number]['node'];
type ContactRow = ContactsQuery['contacts']['edges'][number]['node'];

const always = { maxUsageCount: Number.POSITIVE_INFINITY };

export const SUDAN = { __typename: 'Country' as const, code: 'SD', nameEn: 'Sudan', nameFr: 'Soudan' };
export const RWANDA = { __typename: 'Country' as const, code: 'RW', nameEn: 'Rwanda', nameFr: 'Rwanda' };
export const IVORY_COAST = { __typename: 'Country' as const, code: 'CI', nameEn: 'Côte d’Ivoire', nameFr: 'Côte d’Ivoire' };

/** The countries pickers offer. */
export function countriesMock(): MockLink.MockedResponse {
  return { request: { query: COUNTRIES_QUERY }, result: { data: { countries: [IVORY_COAST, RWANDA, SUDAN] } }, ...always };
}

export const ORGANISATION_ID = '0b6f7c1e-4f4e-4a53-9d55-2f0c1f6a1a01';
export const CONTACT_ID = '6a1c9d2e-8b7f-4c3a-9e21-7d5b4a3c2b10';

export function anOrganisation(overrides: Partial<OrganisationRecord> = {}): OrganisationRecord {
  return {
    __typename: 'Organisation',
    id: ORGANISATION_ID,
    name: 'Darfur Women Action Group',
    acronym: 'DWAG',
    type: 'DIASPORA',
    country: SUDAN,
    countryCode: 'SD',
    city: 'Khartoum',
    website: 'https://example.org',
    description: 'Documents atrocities and advocates for survivors.',
    focusAreas: ['Early warning'],
    languages: ['en', 'ar'],
    tags: ['Sudan coalition'],
    membershipStatus: 'ACTIVE',
    memberSince: '2021-03-15',
    deletedAt: null,
    membershipHistory: [
      { __typename: 'MembershipChange', id: 'mc-1', changedAt: '2020-11-02T10:00:00.000Z', fromStatus: null, toStatus: 'PROSPECT', note: null },
      {
        __typename: 'MembershipChange',
        id: 'mc-2',
        changedAt: '2021-01-20T10:00:00.000Z',
        fromStatus: 'PROSPECT',
        toStatus: 'APPLIED',
        note: 'Application received at the annual meeting',
      },
      { __typename: 'MembershipChange', id: 'mc-3', changedAt: '2021-03-15T10:00:00.000Z', fromStatus: 'APPLIED', toStatus: 'ACTIVE', note: null },
    ],
    affiliations: [
      {
        __typename: 'Affiliation',
        id: 'aff-1',
        title: 'Director',
        contact: { __typename: 'Contact', id: CONTACT_ID, firstName: 'Niemat', lastName: 'Ahmadi' },
      },
    ],
    ...overrides,
  };
}

/** The organisation's page answering with this organisation (or "no such organisation" for null). */
export function organisationMock(organisation: OrganisationRecord | null, id = organisation?.id ?? ORGANISATION_ID): MockLink.MockedResponse {
  return { request: { query: ORGANISATION_QUERY, variables: { id } }, result: { data: { organisation } }, ...always };
}

export function anOrganisationRow(organisation: Partial<OrganisationRow> = {}): OrganisationRow {
  const { id, name, acronym, type, country, membershipStatus, memberSince } = anOrganisation();
  return { __typename: 'Organisation', id, name, acronym, type, country, membershipStatus, memberSince, ...organisation };
}

const pageInfo = { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null };

/** The first page of the organisations list for a filter and order, answering with these rows. */
export function organisationsMock(
  rows: OrganisationRow[],
  filter: OrganisationsFilter = {},
  sort: OrganisationsSort = { field: 'NAME', direction: 'ASC' },
): MockLink.MockedResponse {
  return {
    request: { query: ORGANISATIONS_QUERY, variables: { first: 25, after: null, filter, sort } },
    result: {
      data: {
        organisations: {
          __typename: 'OrganisationConnection',
          totalCount: rows.length,
          pageInfo,
          edges: rows.map((node) => ({ __typename: 'OrganisationEdge', cursor: `cursor-${node.id}`, node })),
        },
      },
    },
    ...always,
  };
}

export function aContact(overrides: Partial<ContactRecord> = {}): ContactRecord {
  return {
    __typename: 'Contact',
    id: CONTACT_ID,
    firstName: 'Niemat',
    lastName: 'Ahmadi',
    preferredLanguage: 'en',
    countryCode: 'SD',
    country: SUDAN,
    tags: ['Survivor advocate'],
    deletedAt: null,
    affiliations: [
      {
        __typename: 'Affiliation',
        id: 'aff-1',
        title: 'Director',
        organisationId: ORGANISATION_ID,
        organisation: { __typename: 'Organisation', id: ORGANISATION_ID, name: 'Darfur Women Action Group', acronym: 'DWAG' },
      },
    ],
    emails: [
      { __typename: 'ContactEmail', address: 'niemat@example.org', isPrimary: false },
      { __typename: 'ContactEmail', address: 'director@dwag.example.org', isPrimary: true },
    ],
    phones: [{ __typename: 'ContactPhone', number: '+1 202 555 0143', label: 'office' }],
    notes: 'Prefers to be contacted through the office.',
    emailConsent: { __typename: 'EmailConsent', status: 'GRANTED', source: 'Signed up at the Geneva side event', recordedAt: '2025-06-01T09:00:00.000Z' },
    ...overrides,
  };
}

const PRIVATE_DETAILS = ['emails', 'phones', 'notes', 'emailConsent'] as const;

/**
 * The contact's page answering with this contact. `refused`: the API refuses the private details (a member outside
 * the contact's organisation): those fields are null, with a FORBIDDEN error each, as Apollo Server sends them.
 */
export function contactMock(contact: ContactRecord, { refused = false } = {}): MockLink.MockedResponse {
  if (!refused) return { request: { query: CONTACT_QUERY, variables: { id: contact.id } }, result: { data: { contact } }, ...always };
  const errors: GraphQLFormattedError[] = PRIVATE_DETAILS.map((field) => ({
    message: "Contact details are shared only with the contact's own organisation.",
    path: ['contact', field],
    extensions: { code: 'FORBIDDEN' },
  }));
  return {
    request: { query: CONTACT_QUERY, variables: { id: contact.id } },
    result: { data: { contact: { ...contact, emails: null, phones: null, notes: null, emailConsent: null } }, errors },
    ...always,
  };
}

export function aContactRow(contact: Partial<ContactRow> = {}): ContactRow {
  const { id, firstName, lastName, country, affiliations } = aContact();
  return {
    __typename: 'Contact',
    id,
    firstName,
    lastName,
    country,
    affiliations: affiliations.map(({ id: affiliationId, organisation }) => ({ __typename: 'Affiliation', id: affiliationId, organisation })),
    ...contact,
  };
}

/** The first page of the contacts list for a filter, answering with these rows. */
export function contactsMock(rows: ContactRow[], filter: ContactsFilter = {}): MockLink.MockedResponse {
  return {
    request: { query: CONTACTS_QUERY, variables: { first: 25, after: null, filter } },
    result: {
      data: {
        contacts: {
          __typename: 'ContactConnection',
          totalCount: rows.length,
          pageInfo,
          edges: rows.map((node) => ({ __typename: 'ContactEdge', cursor: `cursor-${node.id}`, node })),
        },
      },
    },
    ...always,
  };
}
