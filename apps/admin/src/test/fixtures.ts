import type { MockLink } from '@apollo/client/testing';
import type { GraphQLFormattedError } from 'graphql';
import { ME_QUERY } from '../modules/auth/graphql/me.query';
import { USERS_QUERY } from '../modules/users/graphql/users.query';
import type { CurrentUserFieldsFragment, Role } from '../gql/graphql';

export type SignedInUser = CurrentUserFieldsFragment;

export function aUser(overrides: Partial<SignedInUser> = {}): SignedInUser {
  return {
    __typename: 'User',
    id: 'user-1',
    email: 'amina.diallo@example.org',
    name: 'Amina Diallo',
    role: 'COORDINATOR' as Role,
    status: 'ACTIVE',
    language: 'EN',
    organisationId: null,
    ...overrides,
  };
}

/** The `me` query answering "nobody" or the given user, as often as asked. */
export function meMock(user: SignedInUser | null): MockLink.MockedResponse {
  return {
    request: { query: ME_QUERY },
    result: { data: { me: user } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A GraphQL error as the API sends it (Apollo Server format, with extensions.code). */
export function apiError(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLFormattedError {
  return { message, extensions: { code, ...extensions } };
}

export interface UsersPageOptions {
  /** The cursor the page is asked for after (null: the first page). */
  after?: string | null;
  /** Users matching over all pages (default: those given). */
  totalCount?: number;
  /** The cursor of the page's last user, when more follow. */
  endCursor?: string | null;
}

/** A page of the users list (no filter, 25 a page; the first by default) answering with the given users. */
export function usersMock(
  users: SignedInUser[],
  { after = null, totalCount = users.length, endCursor = null }: UsersPageOptions = {},
): MockLink.MockedResponse {
  return {
    request: { query: USERS_QUERY, variables: { first: 25, after, filter: {} } },
    result: {
      data: {
        users: {
          __typename: 'UserConnection',
          totalCount,
          pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
          edges: users.map((user) => ({
            __typename: 'UserEdge',
            cursor: `cursor-${user.id}`,
            node: {
              __typename: 'User',
              id: user.id,
              email: user.email,
              name: user.name,
              role: user.role,
              status: user.status,
              language: user.language,
              lastSignInAt: null,
            },
          })),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
