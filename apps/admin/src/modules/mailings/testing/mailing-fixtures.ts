import type { MockLink } from '@apollo/client/testing';
import type { AudienceFieldsFragment, MailingFieldsFragment, MailingListFieldsFragment, MailingProgressFieldsFragment } from '../../../gql/graphql';
import { aConnectionPage } from '../../../test/connection';
import { AUDIENCE_QUERY } from '../graphql/audience.query';
import { MAILING_DELIVERIES_QUERY } from '../graphql/mailing-deliveries.query';
import { MAILING_LIST_QUERY } from '../graphql/mailing-list.query';
import { MAILING_LISTS_QUERY } from '../graphql/mailing-lists.query';
import { MAILING_PREVIEW_QUERY } from '../graphql/mailing-preview.query';
import { MAILING_PROGRESS_QUERY } from '../graphql/mailing-progress.query';
import { MAILING_QUERY } from '../graphql/mailing.query';

export function aMailingList(overrides: Partial<MailingListFieldsFragment> = {}): MailingListFieldsFragment {
  return {
    __typename: 'MailingList',
    id: 'list-1',
    name: 'Action alerts',
    description: 'When a situation worsens: what to do, now.',
    doubleOptIn: true,
    isPublic: true,
    createdAt: '2026-01-10T09:00:00Z',
    ...overrides,
  };
}

export function aProgress(overrides: Partial<MailingProgressFieldsFragment> = {}): MailingProgressFieldsFragment {
  return {
    __typename: 'MailingProgress',
    total: 0,
    queued: 0,
    sent: 0,
    failed: 0,
    bounced: 0,
    suppressed: 0,
    unsubscribed: 0,
    noConsent: 0,
    unknown: 0,
    cancelled: 0,
    opened: null,
    clicked: null,
    ...overrides,
  };
}

/** The lists a list picker offers when opened with nothing typed (20 at a time), as often as asked. */
export function listPickerMock(lists: MailingListFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: { query: MAILING_LISTS_QUERY, variables: { first: 20, search: null } },
    result: { data: { mailingLists: aConnectionPage('MailingList', lists) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

export const MAILING_ID = '5d1c2f4e-8a31-4c1e-9f0a-2b7c6d5e4f30';
export const AUDIENCE_ID = 'audience-1';

export function aMailing(overrides: Partial<MailingFieldsFragment> = {}): MailingFieldsFragment {
  return {
    __typename: 'Mailing',
    id: MAILING_ID,
    name: 'El Fasher: call your representatives',
    status: 'DRAFT',
    listId: 'list-1',
    list: { __typename: 'MailingList', id: 'list-1', name: 'Action alerts' },
    audienceId: AUDIENCE_ID,
    campaignId: null,
    trackingEnabled: false,
    createdById: 'user-1',
    sendRequestedById: null,
    sendRequestedBy: null,
    approvedById: null,
    approvedBy: null,
    approvedAt: null,
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T09:00:00Z',
    scheduledAt: null,
    startedAt: null,
    finishedAt: null,
    requestedRecipientCount: null,
    translations: [
      { __typename: 'MailingTranslation', language: 'EN', subject: 'Act now: protect civilians in El Fasher', body: 'Dear {{firstName}},' },
      { __typename: 'MailingTranslation', language: 'FR', subject: 'Agissez maintenant', body: 'Bonjour {{firstName}},' },
    ],
    progress: aProgress(),
    ...overrides,
  };
}

export function anAudience(overrides: Partial<AudienceFieldsFragment> = {}): AudienceFieldsFragment {
  return {
    __typename: 'Audience',
    id: AUDIENCE_ID,
    name: 'Alert subscribers',
    updatedAt: '2026-11-19T09:00:00Z',
    rule: {
      __typename: 'AudienceRule',
      kind: 'LISTS',
      listIds: ['list-1'],
      organisationStatuses: null,
      organisationTypes: null,
      campaignIds: null,
      institutionIds: null,
      includeChildInstitutions: null,
      institutionKinds: null,
      countryCodes: null,
      languages: null,
      tags: null,
      rules: null,
    },
    ...overrides,
  };
}

const always = { maxUsageCount: Number.POSITIVE_INFINITY };

/** Who a mailing names (who asked to send it, who approved it), as the API gives them. */
export function aMailingPerson(person: { id: string; name: string }): NonNullable<MailingFieldsFragment['sendRequestedBy']> {
  return { __typename: 'User', id: person.id, name: person.name };
}

/** What the mailing's page asks for besides the mailing: its list, audience, a preview, recipients. */
export function mailingPageMocks(mailing: MailingFieldsFragment): MockLink.MockedResponse[] {
  return [
    { request: { query: MAILING_QUERY, variables: { id: mailing.id } }, result: { data: { mailing } }, ...always },
    {
      request: { query: MAILING_PROGRESS_QUERY, variables: { id: mailing.id } },
      result: { data: { mailing: { __typename: 'Mailing', id: mailing.id, status: mailing.status, startedAt: mailing.startedAt, finishedAt: mailing.finishedAt, progress: mailing.progress } } },
      ...always,
    },
    { request: { query: MAILING_LIST_QUERY, variables: { id: mailing.listId } }, result: { data: { mailingList: aMailingList({ id: mailing.listId }) } }, ...always },
    { request: { query: AUDIENCE_QUERY, variables: { id: AUDIENCE_ID } }, result: { data: { audience: anAudience() } }, ...always },
    {
      request: { query: MAILING_PREVIEW_QUERY, variables: { id: mailing.id, contactId: null, language: null } },
      result: {
        data: {
          previewMailing: { __typename: 'MailingPreview', subject: 'Act now: protect civilians in El Fasher', html: '<p>Dear Amina,</p>', text: 'Dear Amina,', language: 'EN' },
        },
      },
      ...always,
    },
    {
      request: { query: MAILING_DELIVERIES_QUERY, variables: { id: mailing.id, first: 50, after: null, statuses: null, search: null } },
      result: { data: { mailing: { __typename: 'Mailing', id: mailing.id, deliveries: aConnectionPage('Delivery', []) } } },
      ...always,
    },
  ];
}
