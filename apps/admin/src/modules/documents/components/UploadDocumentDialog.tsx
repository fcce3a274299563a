import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { DocumentKind } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { OptionSelectField } from '../../../ui/OptionSelectField';
import { createDocumentFromFile, type CreatedDocument } from '../documentFilesApi';
import { DOCUMENT_KINDS, titleFromFileName } from '../documentOptions';
import { FileChooserButton } from './FileChooserButton';

const FIELDS = ['file', 'title', 'kind'] as const;

export interface UploadDocumentDialogProps {
  /** The campaign the new document is filed under, if any. */
  campaignId?: string;
  onCreated: (document: CreatedDocument) => void;
  onClose: () => void;
}

/** Creates a document (a draft) from a file in one step: the file, a title (its name unless changed) and a kind. */
export function UploadDocumentDialog({ campaignId, onCreated, onClose }: UploadDocumentDialogProps) {
  const { t } = useTranslation('documents');
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('OPTIONS_PAPER');
  const [missingFile, setMissingFile] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const { fieldErrors, alert, attempt, clear } = useApiProblem(FIELDS);
  const fileMessageId = useId();
  const fileError = missingFile ? t('upload.fileRequired') : fieldErrors.file;

  function choose(chosen: File) {
    setFile(chosen);
    setMissingFile(false);
    clear();
    // The title follows the file until someone changes it.
    if (!title.trim() || (file && title === titleFromFileName(file.name))) setTitle(titleFromFileName(chosen.name));
  }

  function submit() {
    if (!file) {
      setMissingFile(true);
      return;
    }
    setSubmitting(true);
    void attempt(async () => onCreated(await createDocumentFromFile({ file, title: title.trim() || titleFromFileName(file.name), kind, campaignId }))).finally(() =>
      setSubmitting(false),
    );
  }

  return (
    <FormDialog
      title={t('upload.title')}
      intro={t('upload.intro')}
      alert={alert}
      submitting={submitting}
      submitLabel={t('upload.submit')}
      submittingLabel={t('upload.submitting')}
      onSubmit={submit}
      onClose={onClose}
    >
      <Stack spacing={1}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <FileChooserButton label={file ? t('upload.otherFile') : t('upload.chooseFile')} onChoose={choose} disabled={submitting} />
          <Typography>{file ? file.name : t('upload.noFile')}</Typography>
        </Stack>
        <Typography id={fileMessageId} variant="body2" color={fileError ? 'error' : 'text.secondary'} role={fileError ? 'alert' : undefined}>
          {fileError ?? t('attachments.accepted')}
        </Typography>
      </Stack>
      <FormTextField label={t('form.title')} required value={title} onChange={setTitle} error={fieldErrors.title} />
      <OptionSelectField
        required
        label={t('form.kind')}
        value={kind}
        options={DOCUMENT_KINDS}
        optionLabel={(option) => t(`kinds.${option}`)}
        onChange={setKind}
        error={fieldErrors.kind}
      />
    </FormDialog>
  );
}
