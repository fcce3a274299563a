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
 * An interaction's page. The API reads one interaction by id, so the address needs nothing else; a scope given by
 * older callers is ignored (pass it as the link's state, `InteractionBackState`, for the page's way back).
 */
export const interactionPath = (id: string, _scope?: InteractionScope) => `/interactions/${encodeURIComponent(id)}`;

/** Link state for an interaction's page: the history it was opened from, which its Back link returns to. */
export interface InteractionBackState {
  from?: InteractionScope;
}

/** The form that logs a meeting, prefilled with the record it is logged for. */
export const logInteractionPath = (scope?: InteractionScope) => `/interactions/new${scopeSearch(scope)}`;

export const contactPath = (id: string) => `/contacts/${id}`;
export const organisationPath = (id: string) => `/organisations/${id}`;
export const campaignPath = (id: string) => `/campaigns/${id}`;
export const taskPath = (id: string) => `/tasks/${id}`;
export const documentPath = (id: string) => `/documents/${id}`;
