import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { RecordDeletion } from '../app/graphql/useRecordDeletion';
import { BackLink } from './BackLink';
import { ConfirmDialog } from './ConfirmDialog';
import { DeletedRecordAlert } from './DeletedRecordAlert';
import { NoticeSnackbar, type Notice } from './NoticeSnackbar';
import { PageHeader } from './PageHeader';

export interface RecordPageProps {
  title: string;
  intro?: string;
  /** The list the record belongs to. */
  back: { to: string; label: string };
  /** Where Edit leads, for those who may edit. */
  editTo?: string;
  /** Deleting and restoring, for those who may (coordinators). */
  deletion?: RecordDeletion;
  /** What the delete confirmation says. */
  deleteCopy: { title: string; body: string; confirm: string };
  deletedAt: string | null;
  notice: Notice | null;
  onNoticeClose: () => void;
  /** The record's sections. */
  children: ReactNode;
}

/**
 * A record's page (organisation, contact): the way back to the list, the heading with Edit and Delete, the "deleted"
 * alert with Restore, the sections, the delete confirmation and the notice of what was just done.
 */
export function RecordPage(props: RecordPageProps) {
  const { title, intro, back, editTo, deletion, deleteCopy, deletedAt, notice, onNoticeClose, children } = props;
  const { t } = useTranslation('common');
  const actions =
    deletedAt === null && (editTo || deletion) ? (
      <Stack direction="row" spacing={1.5}>
        {editTo ? (
          <Button component={RouterLink} to={editTo} variant="contained" startIcon={<EditOutlined aria-hidden />}>
            {t('actions.edit')}
          </Button>
        ) : null}
        {deletion ? (
          <Button color="error" variant="outlined" startIcon={<DeleteOutlined aria-hidden />} onClick={deletion.askToDelete}>
            {t('actions.delete')}
          </Button>
        ) : null}
      </Stack>
    ) : null;

  return (
    <>
      <BackLink to={back.to} label={back.label} />
      <PageHeader title={title} intro={intro} actions={actions} />
      {deletedAt ? (
        <DeletedRecordAlert
          deletedAt={deletedAt}
          onRestore={deletion?.restore}
          restoring={deletion?.restoring}
          error={deletion?.restoreError}
        />
      ) : null}
      <Stack spacing={3} sx={{ maxWidth: 960 }}>
        {children}
      </Stack>
      {deletion ? (
        <ConfirmDialog
          {...deletion.confirmation}
          title={deleteCopy.title}
          body={deleteCopy.body}
          confirmLabel={deleteCopy.confirm}
          destructive
        />
      ) : null}
      <NoticeSnackbar notice={notice} onClose={onNoticeClose} />
    </>
  );
}
