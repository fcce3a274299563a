import { useTranslation } from 'react-i18next';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { PageHeader } from '../../../ui/PageHeader';
import { PolicymakersFilters } from '../components/PolicymakersFilters';
import { PolicymakersTable } from '../components/PolicymakersTable';
import { POLICYMAKERS_QUERY } from '../graphql/policymakers.query';
import { usePolicymakersListParams } from '../hooks/usePolicymakersListParams';

/** People holding a position today, by institution (and everything under it), kind and country, from the address. */
export function PolicymakersPage() {
  const { t } = useTranslation('institutions');
  const { params, filter, isFiltered, setParams } = usePolicymakersListParams();
  const policymakers = useCursorPagedQuery(POLICYMAKERS_QUERY, {
    filter,
    connectionOf: (data) => data.policymakers,
    // People change jobs and advocates record it: show the list as it is now, from the cache first.
    fetchPolicy: 'cache-and-network',
  });
  return (
    <>
      <PageHeader title={t('policymakers.title')} intro={t('policymakers.intro')} />
      <PolicymakersFilters value={params} onChange={setParams} />
      <CursorPagedTable list={policymakers}>
        {(rows) => (
          <PolicymakersTable
            positions={rows}
            emptyMessage={isFiltered ? t('policymakers.table.emptyFiltered') : t('policymakers.table.empty')}
          />
        )}
      </CursorPagedTable>
    </>
  );
}
