import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { mayEditDirectory } from '../../auth/permissions';
import { InstitutionsFilters } from '../components/InstitutionsFilters';
import { InstitutionsTable } from '../components/InstitutionsTable';
import { INSTITUTIONS_QUERY } from '../graphql/institutions.query';
import { useInstitutionsListParams } from '../hooks/useInstitutionsListParams';

/** The bodies that decide: UN organs, missions, governments, regional bodies, courts; filters live in the address. */
export function InstitutionsPage() {
  const { t } = useTranslation('institutions');
  const user = useCurrentUser();
  const mayAdd = mayEditDirectory(user);
  const { params, filter, isFiltered, setParams } = useInstitutionsListParams();
  const institutions = useCursorPagedQuery(INSTITUTIONS_QUERY, {
    filter,
    connectionOf: (data) => data.institutions,
    fetchPolicy: 'cache-and-network',
  });

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          mayAdd ? (
            <Button component={RouterLink} to="/institutions/new" variant="contained" startIcon={<AddOutlined aria-hidden />}>
              {t('new')}
            </Button>
          ) : null
        }
      />
      <InstitutionsFilters value={params} onChange={setParams} />
      <CursorPagedTable list={institutions}>
        {(rows) => <InstitutionsTable institutions={rows} emptyMessage={isFiltered ? t('table.emptyFiltered') : t('table.empty')} />}
      </CursorPagedTable>
    </>
  );
}
