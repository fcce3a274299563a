import type { TypedDocumentNode } from '@apollo/client';
import { useFragment, useQuery } from '@apollo/client/react';
import type { InteractionQueryVariables } from '../../../gql/graphql';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { INTERACTION_PAGE_FIELDS_FRAGMENT, INTERACTION_PAGE_RECORD_FIELDS_FRAGMENT } from '../graphql/interaction-page-fields.fragment';
import { COALITION_INTERACTION_QUERY, INTERACTION_QUERY } from '../graphql/interaction.query';
import { isStaff, type PageInteraction } from '../interactionOptions';

export interface InteractionRecord {
  /** Undefined while it loads, or when there is none the user may see. */
  interaction: PageInteraction | undefined;
  loading: boolean;
  /** Why it could not be read, in the user's language. */
  error: string | null;
  retry: () => void;
}

/**
 * One interaction by id, as its page shows it: with the notes for staff, without them for members (the API refuses
 * them). Cache first: right after it is logged (the form asks for the same fields) or visited, it shows at once.
 */
export function useInteraction(id: string): InteractionRecord {
  const staff = isStaff(useCurrentUser());
  // The cache keeps records by id, not by `interaction(id:)`: look for the record itself before asking the API.
  const fragment: TypedDocumentNode<PageInteraction> = staff ? INTERACTION_PAGE_RECORD_FIELDS_FRAGMENT : INTERACTION_PAGE_FIELDS_FRAGMENT;
  const cached = useFragment({
    fragment,
    fragmentName: staff ? 'InteractionPageRecordFields' : 'InteractionPageFields',
    from: { __typename: 'Interaction', id },
  });
  // The members' query is the staff one without the notes.
  const query: TypedDocumentNode<{ interaction: PageInteraction | null }, InteractionQueryVariables> = staff ? INTERACTION_QUERY : COALITION_INTERACTION_QUERY;
  const { data, loading, error, refetch } = useQuery(query, { variables: { id }, skip: cached.complete });
  const errorText = useApiErrorText(error);
  const interaction = cached.complete ? cached.data : (data?.interaction ?? undefined);
  return {
    interaction,
    loading: !interaction && loading,
    error: interaction ? null : errorText,
    retry: () => void refetch(),
  };
}
