import type { DocumentKind, DocumentsFilter, DocumentStatus } from '../../../gql/graphql';
import { useSearchParamValues } from '../../../ui/useSearchParamValues';
import { idParam } from '../../institutions/hooks/listParams';
import { oneOf } from '../../organisations/organisationOptions';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from '../documentOptions';

/** The list's filters as the address spells them: /documents?q=...&kind=OPTIONS_PAPER&status=PUBLISHED&campaign=<id> */
const PARAMS = ['q', 'kind', 'status', 'campaign'] as const;
type Param = (typeof PARAMS)[number];

export interface DocumentsListParams {
  search: string;
  kind: DocumentKind | null;
  status: DocumentStatus | null;
  campaignId: string | null;
}

/** The documents list's filters, read from and written to the query string. */
export function useDocumentsListParams() {
  const [values, change] = useSearchParamValues<Param>(PARAMS);
  const params: DocumentsListParams = {
    search: values.q ?? '',
    kind: oneOf(DOCUMENT_KINDS, values.kind),
    status: oneOf(DOCUMENT_STATUSES, values.status),
    campaignId: idParam(values.campaign),
  };
  const filter: DocumentsFilter = {
    ...(params.search ? { search: params.search } : {}),
    ...(params.kind ? { kind: params.kind } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.campaignId ? { campaignId: params.campaignId } : {}),
  };
  const setParams = (changes: Partial<DocumentsListParams>) =>
    change({
      ...('search' in changes ? { q: changes.search || null } : {}),
      ...('kind' in changes ? { kind: changes.kind } : {}),
      ...('status' in changes ? { status: changes.status } : {}),
      ...('campaignId' in changes ? { campaign: changes.campaignId } : {}),
    });
  return { params, filter, isFiltered: Object.keys(filter).length > 0, setParams };
}
