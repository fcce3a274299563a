import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CampaignFieldsFragment } from '../../../gql/graphql';
import { DetailList } from '../../../ui/DetailList';
import { useCampaignPeriod } from '../hooks/useCampaignPeriod';
import { CampaignStatusChip } from './CampaignStatusChip';

/** What the campaign wants and asks for, its status, who sees it, when it runs and who leads it. */
export function CampaignOverview({ campaign }: { campaign: CampaignFieldsFragment }) {
  const { t } = useTranslation('campaigns');
  const period = useCampaignPeriod();
  return (
    <DetailList
      details={[
        {
          label: t('page.objective'),
          value: campaign.objective ? <Typography sx={{ whiteSpace: 'pre-line' }}>{campaign.objective}</Typography> : null,
        },
        {
          label: t('page.asks'),
          value:
            campaign.asks.length > 0 ? (
              <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
                {campaign.asks.map((ask) => (
                  <li key={ask}>{ask}</li>
                ))}
              </Box>
            ) : null,
        },
        { label: t('page.status'), value: <CampaignStatusChip status={campaign.status} /> },
        { label: t('page.visibility'), value: t(`visibilities.${campaign.visibility}`) },
        { label: t('page.dates'), value: period(campaign) },
        {
          label: t('page.lead'),
          value: campaign.leadOrganisation ? (
            <Link component={RouterLink} to={`/organisations/${campaign.leadOrganisation.id}`}>
              {campaign.leadOrganisation.name}
            </Link>
          ) : null,
        },
      ]}
    />
  );
}
