import type { DocumentNode } from 'graphql';
import type { MockLink } from '@apollo/client/testing';

/** One page of an API connection holding these nodes, and no page after it. */
export function aConnectionPage(typename: string, nodes: readonly object[]) {
  return {
    __typename: `${typename}Connection`,
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node, index) => ({ __typename: `${typename}Edge`, cursor: `cursor-${index}`, node })),
  };
}

/**
 * A list query's first page (25 rows, as lists open) for a filter, answering `{ [field]: page }` as often as asked.
 */
export function firstPageMock(
  query: DocumentNode,
  field: string,
  typename: string,
  nodes: readonly object[],
  filter: object = {},
): MockLink.MockedResponse {
  return {
    request: { query, variables: { first: 25, after: null, filter } },
    result: { data: { [field]: aConnectionPage(typename, nodes) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
