import { useMutation } from '@apollo/client/react';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useApiAction } from '../../../app/graphql/useApiAction';
import type { RecordDeletion } from '../../../app/graphql/useRecordDeletion';
import { currentLanguage } from '../../../app/i18n';
import { DetailList } from '../../../ui/DetailList';
import { formatDateTime } from '../../../ui/formatDateTime';
import { RecordPage } from '../../../ui/RecordPage';
import { RecordSection } from '../../../ui/RecordSection';
import { useNotice, type NoticeState } from '../../../ui/useNotice';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { AttachmentsSection } from '../components/AttachmentsSection';
import { DocumentStatusChip } from '../components/DocumentStatusChip';
import { MarkdownBody } from '../components/MarkdownBody';
import { documentPath } from '../documentOptions';
import { mayWriteDocuments } from '../documentPermissions';
import { DELETE_DOCUMENT_MUTATION } from '../graphql/delete-document.mutation';
import { useDocumentRecord } from '../hooks/useDocumentRecord';

/** Deleting a document after a confirmation; there is no restore, so the page leads back to the list. */
function useDocumentDeletion(id: string, onDeleted: () => void): RecordDeletion {
  const [remove] = useMutation(DELETE_DOCUMENT_MUTATION, { variables: { id } });
  const deletion = useApiAction();
  const [confirming, setConfirming] = useState(false);
  return {
    askToDelete: () => {
      deletion.clear();
      setConfirming(true);
    },
    confirmation: {
      open: confirming,
      busy: deletion.busy,
      error: deletion.alert,
      onClose: () => setConfirming(false),
      onConfirm: () => void deletion.run(remove).then((done) => done && onDeleted()),
    },
    restore: () => undefined,
    restoring: false,
    restoreError: null,
  };
}

/** One document: its facts, its text rendered from Markdown, and its files. */
export function DocumentPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['documents', 'common']);
  const language = currentLanguage(i18n);
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [notice, setNotice] = useNotice();
  const { document, fallback } = useDocumentRecord(id, 'cache-and-network');
  const title = document?.title ?? '';
  const deletion = useDocumentDeletion(id, () =>
    void navigate('/documents', { state: { notice: { severity: 'success', text: t('deleteDialog.done', { title }) } } satisfies NoticeState }),
  );

  if (!document) return fallback;

  const campaigns = document.campaigns.map((campaign, index) => (
    <span key={campaign.id}>
      {index > 0 ? ', ' : null}
      <Link component={RouterLink} to={`/campaigns/${campaign.id}`}>
        {campaign.name}
      </Link>
    </span>
  ));
  return (
    <RecordPage
      title={title}
      intro={t(`kinds.${document.kind}`)}
      back={{ to: '/documents', label: t('page.back') }}
      editTo={mayWriteDocuments(user) ? `${documentPath(document.id)}/edit` : undefined}
      deletion={mayWriteDocuments(user) ? deletion : undefined}
      deleteCopy={{ title: t('deleteDialog.title', { title }), body: t('deleteDialog.body', { title }), confirm: t('deleteDialog.confirm') }}
      deletedAt={null}
      notice={notice}
      onNoticeClose={() => setNotice(null)}
    >
      <RecordSection title={t('page.details')}>
        <DetailList
          details={[
            { label: t('page.kind'), value: t(`kinds.${document.kind}`) },
            { label: t('page.status'), value: <DocumentStatusChip status={document.status} /> },
            { label: t('page.campaigns'), value: campaigns },
            ...(document.createdBy ? [{ label: t('page.author'), value: document.createdBy.name }] : []),
            { label: t('page.updated'), value: formatDateTime(document.updatedAt, language) },
          ]}
        />
      </RecordSection>
      <RecordSection title={t('page.body')}>
        {document.body.trim() ? <MarkdownBody text={document.body} /> : <Typography color="text.secondary">{t('page.bodyEmpty')}</Typography>}
      </RecordSection>
      <AttachmentsSection documentId={document.id} attachments={document.attachments} mayWrite={mayWriteDocuments(user)} onNotice={setNotice} />
    </RecordPage>
  );
}
