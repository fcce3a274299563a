import type { ContactsFilter } from '../../../gql/graphql';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';

/** The list's filters as the address spells them: /contacts?q=...&country=SD&organisation=<id> */
const PARAMS = ['q', 'country', 'organisation'] as const;
type Param = (typeof PARAMS)[number];

export interface ContactsListParams {
  search: string;
  countryCode: string | null;
  organisationId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The contacts list's filters, read from and written to the query string. */
export function useContactsListParams() {
  const [values, change] = useSearchParamValues<Param>(PARAMS);
  const params: ContactsListParams = {
    search: values.q ?? '',
    countryCode: values.country && /^[A-Z]{2}$/.test(values.country) ? values.country : null,
    organisationId: values.organisation && UUID.test(values.organisation) ? values.organisation : null,
  };
  const filter: ContactsFilter = {
    ...(params.search ? { search: params.search } : {}),
    ...(params.countryCode ? { countryCodes: [params.countryCode] } : {}),
    ...(params.organisationId ? { organisationId: params.organisationId } : {}),
  };
  const setParams = (changes: Partial<ContactsListParams>) =>
    change({
      ...('search' in changes ? { q: changes.search || null } : {}),
      ...('countryCode' in changes ? { country: changes.countryCode } : {}),
      ...('organisationId' in changes ? { organisation: changes.organisationId } : {}),
    });
  return { params, filter, isFiltered: Object.keys(filter).length > 0, setParams };
}
