import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Role } from '@alliance/domain';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { DocumentsFilters } from '../components/DocumentsFilters';
import { DocumentsTable } from '../components/DocumentsTable';
import { mayWriteDocuments } from '../documentPermissions';
import { DOCUMENTS_QUERY } from '../graphql/documents.query';
import { useDocumentsListParams } from '../hooks/useDocumentsListParams';

/** Options papers, situation reports, letters...: newest first, filters in the address. */
export function DocumentsPage() {
  const { t } = useTranslation('documents');
  const user = useCurrentUser();
  const isMember = user.role === Role.MEMBER;
  const { params, filter, isFiltered, setParams } = useDocumentsListParams();
  const documents = useCursorPagedQuery(DOCUMENTS_QUERY, {
    filter,
    connectionOf: (data) => data.documents,
    fetchPolicy: 'cache-and-network',
  });

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={isMember ? t('introMember') : t('intro')}
        actions={
          mayWriteDocuments(user) ? (
            <Button component={RouterLink} to="/documents/new" variant="contained" startIcon={<AddOutlined aria-hidden />}>
              {t('new')}
            </Button>
          ) : null
        }
      />
      <DocumentsFilters value={params} onChange={setParams} showStatus={!isMember} />
      <CursorPagedTable list={documents}>
        {(rows) => <DocumentsTable documents={rows} emptyMessage={isFiltered ? t('table.emptyFiltered') : t('table.empty')} />}
      </CursorPagedTable>
    </>
  );
}
