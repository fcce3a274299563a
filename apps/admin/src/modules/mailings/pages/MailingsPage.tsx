import { useTranslation } from 'react-i18next';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { emptyListMessage } from '../../../ui/EmptyTableRow';
import { ListHeaderActions } from '../../../ui/ListHeaderActions';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { MailingsFilters } from '../components/MailingsFilters';
import { MailingsTable } from '../components/MailingsTable';
import { MAILINGS_QUERY } from '../graphql/mailings.query';
import { useMailingsListParams } from '../hooks/useMailingsListParams';
import { mayManageMailings } from '../mailingOptions';

/** Mailings, newest first, filtered from the address; coordinators start a new one from here. */
export function MailingsPage() {
  const { t } = useTranslation('mailings');
  const mayAdd = mayManageMailings(useCurrentUser());
  const { params, filter, isFiltered, setParams } = useMailingsListParams();
  const mailings = useCursorPagedQuery(MAILINGS_QUERY, {
    filter,
    connectionOf: (data) => data.mailings,
    // Mailings send and finish while the list is away: show it as it is now, from the cache first.
    fetchPolicy: 'cache-and-network',
  });

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={<ListHeaderActions create={mayAdd ? { to: '/mailings/new', label: t('new') } : undefined} />}
      />
      <MailingsFilters value={params} onChange={setParams} />
      <CursorPagedTable list={mailings}>
        {(rows) => (
          <MailingsTable
            mailings={rows}
            emptyMessage={emptyListMessage(
              { isFiltered, mayAdd },
              { filtered: t('table.emptyFiltered'), first: t('table.emptyFirst'), readOnly: t('table.emptyReadOnly') },
            )}
          />
        )}
      </CursorPagedTable>
    </>
  );
}
