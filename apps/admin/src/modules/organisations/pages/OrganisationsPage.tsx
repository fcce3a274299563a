import { useTranslation } from 'react-i18next';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { emptyListMessage } from '../../../ui/EmptyTableRow';
import { ListHeaderActions } from '../../../ui/ListHeaderActions';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { isCoordinator, mayEditDirectory } from '../../auth/permissions';
import { OrganisationsFilters } from '../components/OrganisationsFilters';
import { OrganisationsTable } from '../components/OrganisationsTable';
import { ORGANISATIONS_QUERY } from '../graphql/organisations.query';
import { useOrganisationsListParams } from '../hooks/useOrganisationsListParams';

/** The directory of organisations: filtered and sorted from the address, so a view can be bookmarked and shared. */
export function OrganisationsPage() {
  const { t } = useTranslation(['organisations', 'common']);
  const user = useCurrentUser();
  const mayAdd = mayEditDirectory(user);
  const { params, filter, isFiltered, setParams, setSort } = useOrganisationsListParams();
  const organisations = useCursorPagedQuery(ORGANISATIONS_QUERY, {
    filter,
    sort: params.sort,
    connectionOf: (data) => data.organisations,
    // Others add and edit organisations too: show the list as it is now, from the cache first.
    fetchPolicy: 'cache-and-network',
  });

  const emptyMessage = emptyListMessage(
    { isFiltered, mayAdd },
    { filtered: t('table.emptyFiltered'), first: t('table.emptyFirst'), readOnly: t('table.emptyReadOnly') },
  );

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <ListHeaderActions
            deleted={isCoordinator(user) ? { to: '/deleted', label: t('common:nav.deleted') } : undefined}
            create={mayAdd ? { to: '/organisations/new', label: t('new') } : undefined}
          />
        }
      />
      <OrganisationsFilters value={params} onChange={setParams} />
      <CursorPagedTable list={organisations}>
        {(rows) => <OrganisationsTable organisations={rows} sort={params.sort} onSort={setSort} emptyMessage={emptyMessage} />}
      </CursorPagedTable>
    </>
  );
}
