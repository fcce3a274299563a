import type { TypedDocumentNode } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { CoalitionInteractionTimelineQuery, CoalitionInteractionTimelineQueryVariables } from '../../../gql/graphql';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { COALITION_INTERACTION_TIMELINE_QUERY } from '../graphql/coalition-interaction-timeline.query';
import { INTERACTION_FIELDS_FRAGMENT } from '../graphql/interaction-fields.fragment';
import { INTERACTION_RECORD_FIELDS_FRAGMENT } from '../graphql/interaction-record-fields.fragment';
import { INTERACTION_TIMELINE_QUERY } from '../graphql/interaction-timeline.query';
import type { InteractionScope } from '../interactionPaths';
import { isStaff, type ShownInteraction } from '../interactionOptions';

/** The largest page the API gives, and how many pages of a history are read before giving up. */
const PAGE_SIZE = 100;
const MOST_PAGES = 10;

export interface InteractionRecord {
  /** Undefined while it is looked for, or when it is not found. */
  interaction: ShownInteraction | undefined;
  loading: boolean;
  /** Why the history could not be read, in the user's language. */
  error: string | null;
  retry: () => void;
}

/**
 * One interaction by id, with its notes for staff. The API has no query for one interaction: the page shows it from
 * the cache when it comes from a timeline or the form, and otherwise reads the history it belongs to (`scope`, from
 * the address; the whole history the user may see when none), newest first, page by page, until it is found.
 */
export function useInteractionRecord(id: string, scope: InteractionScope): InteractionRecord {
  const staff = isStaff(useCurrentUser());
  const fragment: TypedDocumentNode<ShownInteraction> = staff ? INTERACTION_RECORD_FIELDS_FRAGMENT : INTERACTION_FIELDS_FRAGMENT;
  const cached = useFragment({
    fragment,
    fragmentName: staff ? 'InteractionRecordFields' : 'InteractionFields',
    from: { __typename: 'Interaction', id },
  });
  // Staff read the notes too; the members' query is the same without them.
  const history: TypedDocumentNode<CoalitionInteractionTimelineQuery, CoalitionInteractionTimelineQueryVariables> = staff
    ? INTERACTION_TIMELINE_QUERY
    : COALITION_INTERACTION_TIMELINE_QUERY;
  const [reading, setReading] = useState<{ after: string | null; pagesRead: number }>({ after: null, pagesRead: 0 });
  const { data, loading, error, refetch } = useQuery(history, {
    variables: { first: PAGE_SIZE, after: reading.after, filter: scope },
    skip: cached.complete,
  });
  const connection = data?.interactions;
  const found = connection?.edges.find((edge) => edge.node.id === id)?.node as ShownInteraction | undefined;
  const nextCursor = connection && !found && connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  const readOn = nextCursor !== null && reading.pagesRead + 1 < MOST_PAGES;

  useEffect(() => {
    if (readOn) setReading(({ pagesRead }) => ({ after: nextCursor, pagesRead: pagesRead + 1 }));
  }, [readOn, nextCursor]);

  const errorText = useApiErrorText(error);
  const interaction = cached.complete ? cached.data : found;
  return {
    interaction,
    loading: !interaction && (loading || readOn),
    error: interaction ? null : errorText,
    retry: () => void refetch(),
  };
}
