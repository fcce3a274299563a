import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { InstitutionOption } from '../components/InstitutionAutocomplete';
import { INSTITUTION_NAME_QUERY } from '../graphql/institution-name.query';

/**
 * The institution a filter names by id (the address keeps only the id): the one just picked, or else asked of the
 * API. `remember` keeps a pick, so choosing needs no extra request.
 */
export function useInstitutionById(id: string | null): [InstitutionOption | null, (picked: InstitutionOption | null) => void] {
  const [picked, remember] = useState<InstitutionOption | null>(null);
  const known = picked && picked.id === id ? picked : null;
  const { data } = useQuery(INSTITUTION_NAME_QUERY, { variables: { id: id ?? '' }, skip: !id || known !== null });
  return [id ? (known ?? data?.institution ?? null) : null, remember];
}
