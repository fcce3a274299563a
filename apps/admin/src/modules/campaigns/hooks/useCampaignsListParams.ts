import type { CampaignsFilter, CampaignStatus } from '../../../gql/graphql';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';
import { oneOf } from '../../organisations/organisationOptions';
import { CAMPAIGN_STATUSES } from '../campaignOptions';

/** The list's filters as the address spells them: /campaigns?q=...&status=ACTIVE&open=1 */
const PARAMS = ['q', 'status', 'open'] as const;
type Param = (typeof PARAMS)[number];

export interface CampaignsListParams {
  search: string;
  status: CampaignStatus | null;
  /** Only campaigns member organisations may join now (open to members and active). */
  openToMembers: boolean;
}

/** The campaigns list's filters, read from and written to the query string. */
export function useCampaignsListParams() {
  const [values, change] = useSearchParamValues<Param>(PARAMS);
  const params: CampaignsListParams = {
    search: values.q ?? '',
    status: oneOf(CAMPAIGN_STATUSES, values.status),
    openToMembers: values.open === '1',
  };
  const filter: CampaignsFilter = {
    ...(params.search ? { search: params.search } : {}),
    ...(params.status ? { statuses: [params.status] } : {}),
    ...(params.openToMembers ? { openToMembers: true } : {}),
  };
  const setParams = (changes: Partial<CampaignsListParams>) =>
    change({
      ...('search' in changes ? { q: changes.search || null } : {}),
      ...('status' in changes ? { status: changes.status } : {}),
      ...('openToMembers' in changes ? { open: changes.openToMembers ? '1' : null } : {}),
    });
  return { params, filter, isFiltered: Object.keys(filter).length > 0, setParams };
}
