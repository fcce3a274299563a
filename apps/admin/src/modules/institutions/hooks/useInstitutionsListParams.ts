import type { InstitutionKind, InstitutionsFilter } from '../../../gql/graphql';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';
import { oneOf } from '../../organisations/organisationOptions';
import { INSTITUTION_KINDS } from '../institutionNames';
import { countryCodeParam } from './listParams';

/** The list's filters as the address spells them: /institutions?q=...&kind=UN_ORGAN&country=FR */
const PARAMS = ['q', 'kind', 'country'] as const;
type Param = (typeof PARAMS)[number];

export interface InstitutionsListParams {
  search: string;
  kind: InstitutionKind | null;
  countryCode: string | null;
}

/** The institutions list's filters, read from and written to the query string. */
export function useInstitutionsListParams() {
  const [values, change] = useSearchParamValues<Param>(PARAMS);
  const params: InstitutionsListParams = {
    search: values.q ?? '',
    kind: oneOf(INSTITUTION_KINDS, values.kind),
    countryCode: countryCodeParam(values.country),
  };
  const filter: InstitutionsFilter = {
    ...(params.search ? { search: params.search } : {}),
    ...(params.kind ? { kinds: [params.kind] } : {}),
    ...(params.countryCode ? { countryCodes: [params.countryCode] } : {}),
  };
  const setParams = (changes: Partial<InstitutionsListParams>) =>
    change({
      ...('search' in changes ? { q: changes.search || null } : {}),
      ...('kind' in changes ? { kind: changes.kind } : {}),
      ...('countryCode' in changes ? { country: changes.countryCode } : {}),
    });
  return { params, filter, isFiltered: Object.keys(filter).length > 0, setParams };
}
