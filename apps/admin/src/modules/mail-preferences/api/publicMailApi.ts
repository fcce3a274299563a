/** The API's public mailing endpoints (no sign-in), as the subscribe, confirmation and preferences pages use them. */

export interface PublicList {
  id: string;
  name: string;
  description: string | null;
  doubleOptIn: boolean;
}

export interface ListPreference {
  id: string;
  name: string;
  description: string | null;
  subscribed: boolean;
}

export interface Preferences {
  email: string;
  /** The list the mail's link came from. */
  fromListId: string;
  lists: ListPreference[];
  /** The address receives no mailing at all (it left every list, bounced or complained). */
  suppressed: boolean;
}

export interface Confirmation {
  lists: { id: string; name: string }[];
  preferencesToken: string;
}

export interface SubscribeRequest {
  email: string;
  firstName?: string;
  lastName?: string;
  language: string;
  listIds: string[];
}

/** Why a call failed, in the terms the pages show. */
export type RefusalKind =
  /** The link's token is forged, altered or cut short. */
  | 'LINK_INVALID'
  | 'CONFIRMATION_EXPIRED'
  | 'BAD_USER_INPUT'
  | 'TOO_MANY_ATTEMPTS'
  | 'NETWORK'
  | 'UNKNOWN';

export class PublicMailRefused extends Error {
  constructor(
    readonly kind: RefusalKind,
    /** For BAD_USER_INPUT: the API's reason by field ("email", "listIds.1"). */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(kind);
  }
}

interface ErrorBody {
  code?: unknown;
  reason?: unknown;
  fields?: unknown;
}

function refusalOf(status: number, body: ErrorBody | null): PublicMailRefused {
  if (body?.reason === 'LINK_INVALID' || body?.reason === 'CONFIRMATION_EXPIRED') return new PublicMailRefused(body.reason);
  if (status === 429 || body?.code === 'TOO_MANY_ATTEMPTS') return new PublicMailRefused('TOO_MANY_ATTEMPTS');
  if (body?.code === 'BAD_USER_INPUT') {
    const fieldErrors: Record<string, string> = {};
    for (const problem of Array.isArray(body.fields) ? (body.fields as Array<{ field?: unknown; message?: unknown }>) : []) {
      if (typeof problem.field === 'string' && typeof problem.message === 'string' && !(problem.field in fieldErrors)) {
        fieldErrors[problem.field] = problem.message;
      }
    }
    return new PublicMailRefused('BAD_USER_INPUT', fieldErrors);
  }
  return new PublicMailRefused('UNKNOWN');
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    // No credentials: these pages act for the person holding the link, never for a signed-in session.
    response = await fetch(path, { ...init, credentials: 'omit', headers: { Accept: 'application/json', ...init.headers } });
  } catch {
    throw new PublicMailRefused('NETWORK');
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) throw refusalOf(response.status, body as ErrorBody | null);
  return body as T;
}

function postJson<T>(path: string, payload: object): Promise<T> {
  return call<T>(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
}

export async function fetchPublicLists(): Promise<PublicList[]> {
  return (await call<{ lists: PublicList[] }>('/api/public/lists')).lists;
}

/** Answers the same whether or not the address is known; nothing to read from it. */
export async function subscribe(request: SubscribeRequest): Promise<void> {
  await postJson('/api/public/subscribe', request);
}

export function confirmSubscription(token: string): Promise<Confirmation> {
  return postJson('/api/public/subscribe/confirm', { token });
}

export function fetchPreferences(token: string): Promise<Preferences> {
  return call(`/api/public/preferences?${new URLSearchParams({ token }).toString()}`);
}

export function savePreferences(token: string, subscribedListIds: string[], leaveAll = false): Promise<Preferences> {
  return postJson('/api/public/preferences', { token, subscribedListIds, leaveAll });
}

/** The same one-click unsubscribe mail providers use, for the list the mail came from. */
export async function unsubscribeFromMailList(token: string): Promise<void> {
  await call(`/api/public/unsubscribe?${new URLSearchParams({ token }).toString()}`, { method: 'POST' });
}
