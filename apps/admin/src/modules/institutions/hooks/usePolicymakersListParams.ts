import type { InstitutionKind, PolicymakersFilter } from '../../../gql/graphql';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';
import { oneOf } from '../../organisations/organisationOptions';
import { INSTITUTION_KINDS } from '../institutionNames';
import { countryCodeParam, idParam } from './listParams';

/** The list's filters as the address spells them: /policymakers?institution=<id>&kind=PERMANENT_MISSION&country=FR */
const PARAMS = ['institution', 'kind', 'country'] as const;
type Param = (typeof PARAMS)[number];

export interface PolicymakersListParams {
  institutionId: string | null;
  kind: InstitutionKind | null;
  countryCode: string | null;
}

/** The policymakers list's filters, read from and written to the query string. */
export function usePolicymakersListParams() {
  const [values, change] = useSearchParamValues<Param>(PARAMS);
  const params: PolicymakersListParams = {
    institutionId: idParam(values.institution),
    kind: oneOf(INSTITUTION_KINDS, values.kind),
    countryCode: countryCodeParam(values.country),
  };
  const filter: PolicymakersFilter = {
    ...(params.institutionId ? { institutionId: params.institutionId } : {}),
    ...(params.kind ? { institutionKinds: [params.kind] } : {}),
    ...(params.countryCode ? { countryCodes: [params.countryCode] } : {}),
  };
  const setParams = (changes: Partial<PolicymakersListParams>) =>
    change({
      ...('institutionId' in changes ? { institution: changes.institutionId } : {}),
      ...('kind' in changes ? { kind: changes.kind } : {}),
      ...('countryCode' in changes ? { country: changes.countryCode } : {}),
    });
  return { params, filter, isFiltered: Object.keys(filter).length > 0, setParams };
}
