import type { MembershipStatus, OrganisationsFilter, OrganisationsSort, OrganisationType } from '../../../gql/graphql';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';
import { MEMBERSHIP_STATUSES, ORGANISATION_TYPES, oneOf } from '../organisationOptions';

/** The list's filters and order as the address spells them: /organisations?q=...&country=SD&type=NGO&status=ACTIVE&sort=memberSince&order=desc */
const PARAMS = ['q', 'country', 'type', 'status', 'sort', 'order'] as const;
type Param = (typeof PARAMS)[number];

export interface OrganisationsListParams {
  search: string;
  countryCode: string | null;
  type: OrganisationType | null;
  status: MembershipStatus | null;
  sort: OrganisationsSort;
}

/** The organisations list's filters and order, read from and written to the query string. */
export function useOrganisationsListParams() {
  const [values, change] = useSearchParamValues<Param>(PARAMS);
  const params: OrganisationsListParams = {
    search: values.q ?? '',
    countryCode: values.country && /^[A-Z]{2}$/.test(values.country) ? values.country : null,
    type: oneOf(ORGANISATION_TYPES, values.type),
    status: oneOf(MEMBERSHIP_STATUSES, values.status),
    sort: {
      field: values.sort === 'memberSince' ? 'MEMBER_SINCE' : 'NAME',
      direction: values.order === 'desc' ? 'DESC' : 'ASC',
    },
  };
  const filter: OrganisationsFilter = {
    ...(params.search ? { search: params.search } : {}),
    ...(params.countryCode ? { countryCodes: [params.countryCode] } : {}),
    ...(params.type ? { types: [params.type] } : {}),
    ...(params.status ? { membershipStatuses: [params.status] } : {}),
  };

  const setParams = (changes: Partial<Omit<OrganisationsListParams, 'sort'>>) =>
    change({
      ...('search' in changes ? { q: changes.search || null } : {}),
      ...('countryCode' in changes ? { country: changes.countryCode } : {}),
      ...('type' in changes ? { type: changes.type } : {}),
      ...('status' in changes ? { status: changes.status } : {}),
    });
  const setSort = (sort: OrganisationsSort) =>
    change({
      sort: sort.field === 'MEMBER_SINCE' ? 'memberSince' : null,
      order: sort.direction === 'DESC' ? 'desc' : null,
    });

  return { params, filter, isFiltered: Object.keys(filter).length > 0, setParams, setSort };
}
