import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { ME_QUERY } from '../../modules/auth/graphql/me.query';

export function createApolloCache(): InMemoryCache {
  return new InMemoryCache();
}

export function createApolloClient(): ApolloClient {
  const cache = createApolloCache();

  // When a session ends (expired, revoked elsewhere), forget who was signed in: the route guard then sends the
  // visitor to the sign-in page instead of showing a page of errors.
  const sessionEndedLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'Me' || operation.operationName === 'SignIn') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: ME_QUERY, data: { me: null } });
    }
  });

  const httpLink = new HttpLink({
    // Same origin: the API serves the built admin, and Vite proxies /graphql in development.
    uri: '/graphql',
    // The session is an HTTP-only cookie set by signIn.
    credentials: 'include',
    // Apollo Server's CSRF prevention refuses requests that a browser could send without a preflight.
    headers: { 'apollo-require-preflight': 'true' },
  });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([sessionEndedLink, httpLink]),
  });
}
