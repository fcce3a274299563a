import type { TextFieldProps } from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { RemoteAutocomplete } from '../../../ui/RemoteAutocomplete';
import { DOCUMENT_CAMPAIGN_OPTIONS_QUERY } from '../graphql/document-campaign-options.query';
import { useCampaignById } from '../hooks/useCampaignById';

export interface CampaignFilterProps {
  label: string;
  /** The campaign id the list is narrowed to, or null. */
  value: string | null;
  onChange: (campaignId: string | null) => void;
  sx?: TextFieldProps['sx'];
}

const OPTIONS_SHOWN = 20;

/** Narrows the documents to one campaign's, picked by typing part of its name. */
export function CampaignFilter({ label, value, onChange, sx }: CampaignFilterProps) {
  const { t } = useTranslation('documents');
  const [campaign, remember] = useCampaignById(value);
  return (
    <RemoteAutocomplete
      label={label}
      value={campaign}
      onChange={(picked) => {
        remember(picked);
        onChange(picked?.id ?? null);
      }}
      query={DOCUMENT_CAMPAIGN_OPTIONS_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, filter: search ? { search } : {} })}
      optionsOf={(data) => data.campaigns.edges.map((edge) => edge.node)}
      optionLabel={(option) => option.name}
      noOptionsText={t('campaignPicker.none')}
      sx={sx}
    />
  );
}
