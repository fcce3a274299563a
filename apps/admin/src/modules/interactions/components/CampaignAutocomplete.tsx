import { useTranslation } from 'react-i18next';
import { RemoteAutocomplete, type RecordPickerProps } from '../../../ui/RemoteAutocomplete';
import { INTERACTION_CAMPAIGN_OPTIONS_QUERY } from '../graphql/interaction-campaign-options.query';

export interface CampaignOption {
  id: string;
  name: string;
}

const OPTIONS_SHOWN = 20;

/** Picks a campaign the signed-in user may see, by typing part of its name. */
export function CampaignAutocomplete(props: RecordPickerProps<CampaignOption>) {
  const { t } = useTranslation('interactions');
  return (
    <RemoteAutocomplete
      {...props}
      query={INTERACTION_CAMPAIGN_OPTIONS_QUERY}
      variables={(search) => ({ first: OPTIONS_SHOWN, filter: search ? { search } : {} })}
      optionsOf={(data) => data.campaigns.edges.map((edge) => edge.node)}
      optionLabel={(campaign) => campaign.name}
      noOptionsText={t('form.noCampaign')}
    />
  );
}
