import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { MAILING_LISTS_QUERY } from '../graphql/mailing-lists.query';

/** The alliance keeps a handful of lists: one page of them names every list a mailing can be on. */
const LISTS_NAMED = 100;

/** Each list's name by id, for tables of mailings (a mailing names its list by id). */
export function useMailingListNames(): ReadonlyMap<string, string> {
  const { data } = useQuery(MAILING_LISTS_QUERY, { variables: { first: LISTS_NAMED, after: null, search: null } });
  return useMemo(() => new Map(data?.mailingLists.edges.map(({ node }) => [node.id, node.name]) ?? []), [data]);
}
