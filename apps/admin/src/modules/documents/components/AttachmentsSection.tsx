import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { useApolloClient, useMutation } from '@apollo/client/react';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../../../app/graphql/useApiAction';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { currentLanguage } from '../../../app/i18n';
import type { AttachmentFieldsFragment } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/formatDateTime';
import { RecordSection } from '../../../ui/RecordSection';
import type { Notice } from '../../../ui/NoticeSnackbar';
import { uploadAttachment } from '../documentFilesApi';
import { formatFileSize } from '../documentOptions';
import { DOCUMENT_QUERY } from '../graphql/document.query';
import { REMOVE_ATTACHMENT_MUTATION } from '../graphql/remove-attachment.mutation';
import { FileChooserButton } from './FileChooserButton';

const FILE_KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'OpenDocument',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'text/plain': 'Text',
  'text/markdown': 'Markdown',
  'text/csv': 'CSV',
};

function fileKind(contentType: string): string {
  return FILE_KINDS[contentType.split(';')[0]] ?? contentType;
}

export interface AttachmentsSectionProps {
  documentId: string;
  attachments: readonly AttachmentFieldsFragment[];
  /** Whether the reader may add and remove files. */
  mayWrite: boolean;
  onNotice: (notice: Notice) => void;
}

/** A document's files: each downloads; writers upload more or remove one. */
export function AttachmentsSection({ documentId, attachments, mayWrite, onNotice }: AttachmentsSectionProps) {
  const { t, i18n } = useTranslation('documents');
  const language = currentLanguage(i18n);
  const client = useApolloClient();
  const upload = useApiProblem(['file']);
  const [uploading, setUploading] = useState<string | null>(null);
  const [removing, setRemoving] = useState<AttachmentFieldsFragment | null>(null);
  const removal = useApiAction();
  const [removeAttachment] = useMutation(REMOVE_ATTACHMENT_MUTATION);

  function send(file: File) {
    setUploading(file.name);
    void upload
      .attempt(async () => {
        await uploadAttachment(documentId, file);
        await client.refetchQueries({ include: [DOCUMENT_QUERY] });
        onNotice({ severity: 'success', text: t('attachments.uploaded', { fileName: file.name }) });
      })
      .finally(() => setUploading(null));
  }

  const uploadProblem = upload.fieldErrors.file ?? upload.alert;
  return (
    <RecordSection
      title={t('attachments.title')}
      actions={mayWrite ? <FileChooserButton label={t('attachments.upload')} onChoose={send} loading={uploading !== null} /> : null}
    >
      <ErrorAlert message={uploadProblem ? t('attachments.refused', { reason: uploadProblem }) : null} />
      {mayWrite ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('attachments.accepted')}
        </Typography>
      ) : null}
      {attachments.length === 0 ? (
        <Typography color="text.secondary">{t('attachments.empty')}</Typography>
      ) : (
        <List disablePadding aria-label={t('attachments.title')}>
          {attachments.map((attachment) => (
            <ListItem
              key={attachment.id}
              disableGutters
              divider
              secondaryAction={
                mayWrite ? (
                  <IconButton edge="end" aria-label={t('attachments.remove', { fileName: attachment.fileName })} onClick={() => setRemoving(attachment)}>
                    <DeleteOutlined aria-hidden />
                  </IconButton>
                ) : undefined
              }
            >
              <ListItemText
                primary={
                  <Link href={attachment.downloadUrl} download={attachment.fileName} sx={{ fontWeight: 600 }}>
                    {attachment.fileName}
                  </Link>
                }
                secondary={t('attachments.detail', {
                  kind: fileKind(attachment.contentType),
                  size: formatFileSize(attachment.sizeBytes, language),
                  date: formatDate(attachment.createdAt, language),
                })}
              />
            </ListItem>
          ))}
        </List>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('attachments.removeTitle', { fileName: removing?.fileName ?? '' })}
        body={t('attachments.removeBody')}
        confirmLabel={t('attachments.removeConfirm')}
        destructive
        busy={removal.busy}
        error={removal.alert}
        onClose={() => {
          removal.clear();
          setRemoving(null);
        }}
        onConfirm={() => {
          const fileName = removing?.fileName ?? '';
          void removal.run(() => removeAttachment({ variables: { id: removing?.id ?? '' } })).then((done) => {
            if (!done) return;
            setRemoving(null);
            onNotice({ severity: 'success', text: t('attachments.removed', { fileName }) });
          });
        }}
      />
    </RecordSection>
  );
}
