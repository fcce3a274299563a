import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { DocumentFieldsFragment, DocumentKind, DocumentStatus } from '../../../gql/graphql';
import { FormTextField } from '../../../ui/FormTextField';
import { OptionSelectField } from '../../../ui/OptionSelectField';
import { RecordForm } from '../../../ui/RecordForm';
import { DOCUMENT_KINDS, DOCUMENT_STATUSES } from '../documentOptions';
import { CampaignsField, type CampaignOption } from './CampaignsField';
import { MarkdownBody } from './MarkdownBody';

const FIELDS = ['title', 'kind', 'status', 'body', 'campaignIds'] as const;

/** The document as the API takes it. */
export interface DocumentInput {
  title: string;
  kind: DocumentKind;
  status: DocumentStatus;
  body: string;
  campaignIds: string[];
}

export interface DocumentFormProps {
  /** The document edited; none for a new one. */
  document?: DocumentFieldsFragment;
  /** Saves and goes on (to the record); throws the API's error, shown under the fields it names. */
  save: (input: DocumentInput) => Promise<void>;
  submitting: boolean;
  cancelTo: string;
}

/** Creates or edits a document: title, kind, status, campaigns and the text in Markdown (with a preview). */
export function DocumentForm({ document, save, submitting, cancelTo }: DocumentFormProps) {
  const { t } = useTranslation('documents');
  const [title, setTitle] = useState(document?.title ?? '');
  const [kind, setKind] = useState<DocumentKind>(document?.kind ?? 'OPTIONS_PAPER');
  const [status, setStatus] = useState<DocumentStatus>(document?.status ?? 'DRAFT');
  const [campaigns, setCampaigns] = useState<CampaignOption[]>(document?.campaigns ?? []);
  const [body, setBody] = useState(document?.body ?? '');
  const [previewing, setPreviewing] = useState(false);
  // A problem with one campaign names its place in the list ("campaignIds.1"): shown under the field, with its name.
  const itemFields = campaigns.map((_, index) => `campaignIds.${index}`);
  const { fieldErrors, alert, attempt } = useApiProblem<string>([...FIELDS, ...itemFields]);
  const isNew = !document;
  const badItem = itemFields.findIndex((field) => fieldErrors[field]);
  const campaignsError = fieldErrors.campaignIds ?? (badItem >= 0 ? `${campaigns[badItem].name}: ${fieldErrors[itemFields[badItem]]}` : undefined);

  function submit() {
    void attempt(() => save({ title: title.trim(), kind, status, body, campaignIds: campaigns.map((campaign) => campaign.id) }));
  }

  return (
    <RecordForm
      alert={alert}
      submitting={submitting}
      submitLabel={isNew ? t('form.create') : t('form.save')}
      submittingLabel={isNew ? t('form.creating') : t('form.saving')}
      onSubmit={submit}
      cancelTo={cancelTo}
    >
      <FormTextField label={t('form.title')} required autoFocus value={title} onChange={setTitle} error={fieldErrors.title} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <OptionSelectField
          required
          label={t('form.kind')}
          value={kind}
          options={DOCUMENT_KINDS}
          optionLabel={(option) => t(`kinds.${option}`)}
          onChange={setKind}
          error={fieldErrors.kind}
          sx={{ flex: 1 }}
        />
        <OptionSelectField
          required
          label={t('form.status')}
          value={status}
          options={DOCUMENT_STATUSES}
          optionLabel={(option) => t(`statuses.${option}`)}
          onChange={setStatus}
          error={fieldErrors.status}
          helperText={t('form.statusHelp')}
          sx={{ flex: 1 }}
        />
      </Stack>
      <CampaignsField label={t('form.campaigns')} value={campaigns} onChange={setCampaigns} error={campaignsError} helperText={t('form.campaignsHelp')} />
      <Stack spacing={1}>
        <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
          <Button size="small" aria-pressed={previewing} onClick={() => setPreviewing(!previewing)}>
            {previewing ? t('form.write') : t('form.preview')}
          </Button>
        </Stack>
        {previewing ? (
          <Paper variant="outlined" component="section" aria-label={t('form.previewLabel')} sx={{ p: 2, minHeight: 160 }}>
            {body.trim() ? <MarkdownBody text={body} /> : <Typography color="text.secondary">{t('form.previewEmpty')}</Typography>}
          </Paper>
        ) : (
          <FormTextField
            label={t('form.body')}
            multiline
            minRows={10}
            value={body}
            onChange={setBody}
            error={fieldErrors.body}
            helperText={t('form.bodyHelp')}
          />
        )}
      </Stack>
    </RecordForm>
  );
}

