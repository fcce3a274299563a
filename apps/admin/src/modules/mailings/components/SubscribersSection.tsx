import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../../../app/graphql/useApiAction';
import { useCursorPagedQuery } from '../../../app/graphql/useCursorPagedQuery';
import { currentLanguage } from '../../../app/i18n';
import type { ListSubscriptionFieldsFragment, SubscriptionStatus } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { CursorPagedTable } from '../../../ui/CursorPagedTable';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { FilterSelect } from '../../../ui/FilterSelect';
import { formatDateTime } from '../../../ui/formatDateTime';
import { RecordSection } from '../../../ui/RecordSection';
import { LIST_SUBSCRIPTIONS_QUERY } from '../graphql/list-subscriptions.query';
import { UNSUBSCRIBE_CONTACT_MUTATION } from '../graphql/unsubscribe-contact.mutation';
import { SUBSCRIPTION_STATUSES } from '../mailingOptions';
import { AddSubscriberDialog } from './AddSubscriberDialog';
import { SubscriberName } from './SubscriberName';

export interface SubscribersSectionProps {
  list: { id: string; name: string };
  /** Coordinators add and remove subscribers. */
  mayManage: boolean;
  onNotice: (text: string) => void;
}

/** Who is on a list, with the consent behind each subscription; coordinators add someone or take them off. */
export function SubscribersSection({ list, mayManage, onNotice }: SubscribersSectionProps) {
  const { t, i18n } = useTranslation(['mailings', 'common']);
  const language = currentLanguage(i18n);
  const [status, setStatus] = useState<SubscriptionStatus | null>(null);
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<ListSubscriptionFieldsFragment | null>(null);
  const [unsubscribe] = useMutation(UNSUBSCRIBE_CONTACT_MUTATION);
  const action = useApiAction();
  const subscriptions = useCursorPagedQuery(LIST_SUBSCRIPTIONS_QUERY, {
    filter: { listId: list.id, ...(status ? { statuses: [status] } : {}) },
    connectionOf: (data) => data.listSubscriptions,
    fetchPolicy: 'cache-and-network',
  });
  const when = (value: string | null | undefined) => (value ? formatDateTime(value, language) : t('common:emptyValue'));
  const columns = mayManage ? 6 : 5;

  return (
    <RecordSection
      title={t('subscribers.title')}
      actions={
        mayManage ? (
          <Button variant="outlined" startIcon={<PersonAddOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('subscribers.addButton')}
          </Button>
        ) : null
      }
    >
      <Stack role="search" aria-label={t('subscribers.filtersLabel')} direction="row" sx={{ mb: 2 }}>
        <FilterSelect
          label={t('subscribers.status')}
          value={status}
          options={SUBSCRIPTION_STATUSES}
          optionLabel={(option) => t(`subscriptionStatuses.${option}`)}
          anyLabel={t('subscribers.allStatuses')}
          onChange={setStatus}
          sx={{ minWidth: 240 }}
        />
      </Stack>
      <CursorPagedTable list={subscriptions}>
        {(rows) => (
          <Table size="small" aria-label={t('subscribers.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('subscribers.contact')}</TableCell>
                <TableCell>{t('subscribers.status')}</TableCell>
                <TableCell>{t('subscribers.consentSource')}</TableCell>
                <TableCell>{t('subscribers.consentAt')}</TableCell>
                <TableCell>{t('subscribers.confirmedAt')}</TableCell>
                {mayManage ? <TableCell>{t('common:actions.label')}</TableCell> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.length === 0 ? (
                <EmptyTableRow columns={columns} message={status ? t('subscribers.emptyFiltered') : t('subscribers.empty')} />
              ) : (
                rows.map((subscription) => (
                  <TableRow key={subscription.id}>
                    <TableCell component="th" scope="row">
                      <SubscriberName contact={subscription.contact} />
                    </TableCell>
                    <TableCell>
                      {t(`subscriptionStatuses.${subscription.status}`)}
                      {subscription.unsubscribedAt ? ` (${when(subscription.unsubscribedAt)})` : ''}
                    </TableCell>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>{subscription.consentSource}</TableCell>
                    <TableCell>{when(subscription.consentAt)}</TableCell>
                    <TableCell>{when(subscription.confirmedAt)}</TableCell>
                    {mayManage ? (
                      <TableCell>
                        {subscription.status === 'UNSUBSCRIBED' ? null : (
                          <Button size="small" color="error" onClick={() => setLeaving(subscription)}>
                            {t('subscribers.unsubscribe')}
                          </Button>
                        )}
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
        )}
      </CursorPagedTable>
      {adding ? (
        <AddSubscriberDialog
          list={list}
          onClose={() => setAdding(false)}
          onAdded={(text) => {
            setAdding(false);
            onNotice(text);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={Boolean(leaving)}
        title={t('subscribers.unsubscribeTitle', { list: list.name })}
        body={t('subscribers.unsubscribeBody')}
        confirmLabel={t('subscribers.unsubscribe')}
        destructive
        busy={action.busy}
        error={action.alert}
        onConfirm={() => {
          if (!leaving) return;
          void action
            .run(() => unsubscribe({ variables: { input: { listId: list.id, contactId: leaving.contactId } } }))
            .then((done) => {
              if (!done) return;
              setLeaving(null);
              onNotice(t('subscribers.unsubscribed'));
            });
        }}
        onClose={() => {
          action.clear();
          setLeaving(null);
        }}
      />
    </RecordSection>
  );
}
