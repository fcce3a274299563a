import type { MailingsFilter, MailingStatus } from '../../../gql/graphql';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';
import { oneOf } from '../../organisations/organisationOptions';
import { MAILING_STATUSES } from '../mailingOptions';

/** The list's filters as the address spells them: /mailings?q=...&status=SENDING */
const PARAMS = ['q', 'status'] as const;
type Param = (typeof PARAMS)[number];

export interface MailingsListParams {
  search: string;
  status: MailingStatus | null;
}

/** The mailings list's filters, read from and written to the query string. */
export function useMailingsListParams() {
  const [values, change] = useSearchParamValues<Param>(PARAMS);
  const params: MailingsListParams = { search: values.q ?? '', status: oneOf(MAILING_STATUSES, values.status) };
  const filter: MailingsFilter = {
    ...(params.search ? { search: params.search } : {}),
    ...(params.status ? { statuses: [params.status] } : {}),
  };
  const setParams = (changes: Partial<MailingsListParams>) =>
    change({
      ...('search' in changes ? { q: changes.search || null } : {}),
      ...('status' in changes ? { status: changes.status } : {}),
    });
  return { params, filter, isFiltered: Object.keys(filter).length > 0, setParams };
}
