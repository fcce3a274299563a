import type { InteractionsFilter } from '../../gql/graphql';

/**
 * Whose outreach history: a contact's, an institution's (with the bodies within it) or a campaign's, as the API's
 * filter and the address name it.
 */
export interface InteractionScope extends InteractionsFilter {
  contactId?: string;
  institutionId?: string;
  campaignId?: string;
}

const SCOPE_KEYS = ['contactId', 'institutionId', 'campaignId'] as const satisfies ReadonlyArray<keyof InteractionScope>;

/** `?contactId=...`: the record an interaction is opened from or logged for. */
export function scopeSearch(scope: InteractionScope = {}): string {
  const params = new URLSearchParams();
  for (const key of SCOPE_KEYS) {
    const value = scope[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The record named in the address, as a filter of the API (keys left out when absent). */
export function scopeFromSearch(params: URLSearchParams): InteractionScope {
  const scope: InteractionScope = {};
  for (const key of SCOPE_KEYS) {
    const value = params.get(key);
    if (value) scope[key] = value;
  }
  return scope;
}

/**
 * An interaction's page. The API has no query for one interaction by id: the record it was opened from tells the page
 * which history to look in, so a reload finds it without reading the whole history.
 */
export const interactionPath = (id: string, scope?: InteractionScope) => `/interactions/${id}${scopeSearch(scope)}`;

/** The form that logs a meeting, prefilled with the record it is logged for. */
export const logInteractionPath = (scope?: InteractionScope) => `/interactions/new${scopeSearch(scope)}`;

export const contactPath = (id: string) => `/contacts/${id}`;
export const organisationPath = (id: string) => `/organisations/${id}`;
export const campaignPath = (id: string) => `/campaigns/${id}`;
/** Where follow-up tasks are worked on: the signed-in user's tasks, and a campaign's board. */
export const MY_TASKS_PATH = '/tasks';
export const campaignBoardPath = (id: string) => `/campaigns/${id}/board`;
