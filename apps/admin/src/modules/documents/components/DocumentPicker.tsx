import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { mayWriteDocuments } from '../documentPermissions';
import { DOCUMENT_OPTIONS_QUERY } from '../graphql/document-options.query';
import { RemoteMultiAutocomplete } from '../../../ui/RemoteMultiAutocomplete';
import { UploadDocumentDialog } from './UploadDocumentDialog';

/** A document as the picker holds it. */
export interface PickedDocument {
  id: string;
  title: string;
}

export interface DocumentPickerProps {
  value: PickedDocument[];
  onChange: (next: PickedDocument[]) => void;
  /** The campaign a document uploaded from here is filed under (e.g. the interaction's). */
  campaignId?: string;
  /** Defaults to "Documents handed over". */
  label?: string;
  /** The API's reason for refusing the list (e.g. for `documentIds`). */
  error?: string;
}

const OPTIONS_SHOWN = 20;

/**
 * Picks documents by typing part of their title, several at once; writers can also upload a file, which becomes a
 * new draft document (title from the file name, kind chosen) and is added to the picks.
 */
export function DocumentPicker({ value, onChange, campaignId, label, error }: DocumentPickerProps) {
  const { t } = useTranslation('documents');
  const user = useCurrentUser();
  const [uploading, setUploading] = useState(false);
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <RemoteMultiAutocomplete
        label={label ?? t('picker.label')}
        value={value}
        onChange={(next) => onChange(next.map(({ id, title }) => ({ id, title })))}
        query={DOCUMENT_OPTIONS_QUERY}
        variables={(search) => ({ first: OPTIONS_SHOWN, filter: search ? { search } : {} })}
        optionsOf={(data) => data.documents.edges.map((edge) => edge.node)}
        optionLabel={(document) => document.title}
        noOptionsText={t('picker.none')}
        error={error}
        sx={{ width: '100%' }}
      />
      {mayWriteDocuments(user) ? (
        <Button size="small" startIcon={<UploadFileOutlined aria-hidden />} onClick={() => setUploading(true)}>
          {t('picker.upload')}
        </Button>
      ) : null}
      {uploading ? (
        <UploadDocumentDialog
          campaignId={campaignId}
          onClose={() => setUploading(false)}
          onCreated={(created) => {
            setUploading(false);
            onChange([...value.filter((document) => document.id !== created.id), { id: created.id, title: created.title }]);
          }}
        />
      ) : null}
    </Stack>
  );
}
