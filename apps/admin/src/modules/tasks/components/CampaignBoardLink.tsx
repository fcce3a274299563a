import Link from '@mui/material/Link';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { TaskSummaryFieldsFragment } from '../../../gql/graphql';

export interface CampaignBoardLinkProps {
  task: Pick<TaskSummaryFieldsFragment, 'campaignId' | 'campaign'>;
}

/**
 * A link to the task's campaign board, named after the campaign; unnamed when the reader may not see the campaign
 * (its board still shows them their tasks). Nothing when the task has no campaign.
 */
export function CampaignBoardLink({ task }: CampaignBoardLinkProps) {
  const { t } = useTranslation('tasks');
  if (!task.campaignId) return null;
  const name = task.campaign?.name;
  return (
    <Link component={RouterLink} to={`/campaigns/${task.campaignId}/board`}>
      {name ? t('boardLink.named', { name }) : t('boardLink.unnamed')}
    </Link>
  );
}
