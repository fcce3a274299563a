import { useQuery } from '@apollo/client/react';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import { QueriedSection } from '../../../ui/QueriedSection';
import { MEMBER_CAMPAIGNS_QUERY } from '../graphql/member-campaigns.query';

/** The campaigns the member's organisation takes part in, and how many more it could join. */
export function MemberCampaignsSection({ organisationId }: { organisationId: string | null }) {
  const { t } = useTranslation('dashboard');
  const { data, loading, error, refetch } = useQuery(MEMBER_CAMPAIGNS_QUERY, { fetchPolicy: 'cache-and-network' });
  const errorText = useApiErrorText(error);
  const campaigns = data?.campaigns.edges.map((edge) => edge.node) ?? [];
  const taking = campaigns.flatMap((campaign) => {
    const participation = campaign.participations.find((candidate) => candidate.organisationId === organisationId);
    return participation ? [{ campaign, role: participation.role }] : [];
  });
  const openToJoin = (data?.campaigns.totalCount ?? 0) - taking.length;

  return (
    <QueriedSection
      title={t('member.campaignsTitle')}
      loaded={Boolean(data)}
      loading={loading}
      error={errorText}
      onRetry={() => void refetch()}
      emptyText={t('member.campaignsEmpty')}
      isEmpty={taking.length === 0}
    >
      <List disablePadding>
        {taking.map(({ campaign, role }) => (
          <ListItem key={campaign.id} disableGutters divider>
            <ListItemText
              primary={
                <Link component={RouterLink} to={`/campaigns/${campaign.id}`} sx={{ fontWeight: 600 }}>
                  {campaign.name}
                </Link>
              }
              secondary={[t(`member.participation.${role}`), campaign.objective].filter(Boolean).join(' · ')}
            />
          </ListItem>
        ))}
      </List>
      {data ? (
        <Typography sx={{ mt: 2 }}>
          {openToJoin > 0 ? `${t('member.openToJoin', { count: openToJoin })} ` : null}
          <Link component={RouterLink} to="/campaigns">
            {t('member.seeCampaigns')}
          </Link>
        </Typography>
      ) : null}
    </QueriedSection>
  );
}
