import { useTranslation } from 'react-i18next';
import { DOCUMENT_CAMPAIGN_OPTIONS_QUERY } from '../graphql/document-campaign-options.query';
import { RemoteMultiAutocomplete } from '../../../ui/RemoteMultiAutocomplete';

export interface CampaignOption {
  id: string;
  name: string;
}

export interface CampaignsFieldProps {
  label: string;
  value: readonly CampaignOption[];
  onChange: (campaigns: CampaignOption[]) => void;
  error?: string;
  helperText?: string;
}

const OPTIONS_SHOWN = 20;

/** The campaigns a document belongs to, picked by typing part of their name. */
export function CampaignsField(props: CampaignsFieldProps) {
  const { t } = useTranslation('documents');
  return (
    <RemoteMultiAutocomplete
      {...props}
      query={DOCUMENT_CAMPAIGN_OPTIONS_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, filter: search ? { search } : {} })}
      optionsOf={(data) => data.campaigns.edges.map((edge) => edge.node)}
      optionLabel={(campaign) => campaign.name}
      noOptionsText={t('campaignPicker.none')}
    />
  );
}
