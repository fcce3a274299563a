import Link from '@mui/material/Link';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { TASK_CAMPAIGN_NAME_QUERY } from '../graphql/task-campaign-name.query';

/** A link to a campaign's task board, named after the campaign once its name is known. */
export function CampaignBoardLink({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation('tasks');
  const { data } = useQuery(TASK_CAMPAIGN_NAME_QUERY, { variables: { id: campaignId } });
  const name = data?.campaign?.name;
  return (
    <Link component={RouterLink} to={`/campaigns/${campaignId}/board`}>
      {name ? t('boardLink.named', { name }) : t('boardLink.unnamed')}
    </Link>
  );
}
