import EditOutlined from '@mui/icons-material/EditOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useRecordQuery } from '../../../app/graphql/useRecordQuery';
import { currentLanguage } from '../../../app/i18n';
import { BackLink } from '../../../ui/BackLink';
import { DetailList } from '../../../ui/DetailList';
import { formatDate } from '../../../ui/formatDateTime';
import { NoticeSnackbar } from '../../../ui/NoticeSnackbar';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordSection } from '../../../ui/RecordSection';
import { useNotice } from '../../../ui/useNotice';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { MailingListDialog } from '../components/MailingListDialog';
import { SubscribersSection } from '../components/SubscribersSection';
import { MAILING_LIST_QUERY } from '../graphql/mailing-list.query';
import { mayManageMailings } from '../mailingOptions';

/** One mailing list: how people join it, and who is on it with which consent. */
export function MailingListPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['mailings', 'common']);
  const language = currentLanguage(i18n);
  const mayManage = mayManageMailings(useCurrentUser());
  const [notice, setNotice] = useNotice();
  const [editing, setEditing] = useState(false);
  const { record: list, fallback } = useRecordQuery(MAILING_LIST_QUERY, {
    id,
    recordOf: (data) => data.mailingList,
    notFound: { title: t('lists.notFoundTitle'), body: t('lists.notFoundBody'), back: { to: '/mailings/lists', label: t('lists.back') } },
  });
  if (!list) return fallback;
  const say = (text: string) => setNotice({ severity: 'success', text });
  const yesNo = (value: boolean) => (value ? t('lists.yes') : t('lists.no'));

  return (
    <>
      <BackLink to="/mailings/lists" label={t('lists.back')} />
      <PageHeader
        title={list.name}
        intro={list.description ?? undefined}
        actions={
          mayManage ? (
            <Button variant="contained" startIcon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {t('common:actions.edit')}
            </Button>
          ) : null
        }
      />
      <Stack spacing={3} sx={{ maxWidth: 1100 }}>
        <RecordSection title={t('lists.about')}>
          <DetailList
            details={[
              { label: t('lists.doubleOptIn'), value: yesNo(list.doubleOptIn) },
              { label: t('lists.isPublic'), value: yesNo(list.isPublic) },
              { label: t('lists.created'), value: formatDate(list.createdAt, language) },
            ]}
          />
        </RecordSection>
        <SubscribersSection list={list} mayManage={mayManage} onNotice={say} />
      </Stack>
      {editing ? (
        <MailingListDialog
          list={list}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            say(t('lists.saved', { name: saved.name }));
          }}
        />
      ) : null}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
