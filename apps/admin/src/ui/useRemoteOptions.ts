import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

/** How a picker asks the API for the records matching what was typed. */
export interface RemoteSearchProps<Option extends { id: string }, Data, Variables extends OperationVariables> {
  /** The API's fuzzy search over the records to pick from. */
  query: TypedDocumentNode<Data, Variables>;
  /** The variables for what was typed (empty: the first records, in the API's order). */
  variables: (search: string) => Variables;
  optionsOf: (data: Data) => Option[];
  optionLabel: (option: Option) => string;
  noOptionsText: string;
}

/**
 * Describes one kind of record to search, typed from its query, so the single and the multiple picker of that kind
 * can share it: `<RemoteAutocomplete {...props} {...source} />`, `<RemoteMultiAutocomplete {...props} {...source} />`.
 */
export function remoteSearch<Option extends { id: string }, Data, Variables extends OperationVariables>(
  source: RemoteSearchProps<Option, Data, Variables>,
): RemoteSearchProps<Option, Data, Variables> {
  return source;
}

/**
 * The records matching `search`, asked for only while the list is open (a closed picker shows its choices and needs
 * nothing from the API). The chosen ones stay among the options, so the picker still knows them when the search
 * moves on.
 */
export function useRemoteOptions<Option extends { id: string }, Data, Variables extends OperationVariables>(
  { query, variables, optionsOf }: Pick<RemoteSearchProps<Option, Data, Variables>, 'query' | 'variables' | 'optionsOf'>,
  search: string,
  open: boolean,
  chosen: readonly Option[],
): { options: Option[]; loading: boolean } {
  const { data, loading } = useQuery(query, { variables: variables(search), skip: !open } as useQuery.Options<Data, Variables>);
  const found = data ? optionsOf(data as Data) : [];
  return { options: [...chosen.filter((option) => !found.some((match) => match.id === option.id)), ...found], loading };
}
