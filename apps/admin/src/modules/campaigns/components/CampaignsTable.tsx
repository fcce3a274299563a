import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CampaignsQuery } from '../../../gql/graphql';
import { EmptyTableRow } from '../../../ui/EmptyTableRow';
import { campaignPath } from '../campaignOptions';
import { useCampaignPeriod } from '../hooks/useCampaignPeriod';
import { CampaignMembershipButton } from './CampaignMembershipButton';
import { CampaignStatusChip } from './CampaignStatusChip';
import { OwnParticipationStatus } from './OwnParticipationStatus';

/** Staff see the visibility and how many organisations take part; a representative, their own part and its action. */
const COLUMNS = 6;

export type CampaignRow = CampaignsQuery['campaigns']['edges'][number]['node'];

export interface CampaignsTableProps {
  campaigns: readonly CampaignRow[];
  emptyMessage: string;
  /** A member representative's organisation: the table says whether it takes part, with Join or Leave. */
  memberOrganisationId: string | null;
  /** Says what was just done (joined, left). */
  onNotice: (text: string) => void;
}

/** Campaigns with their status, lead and dates; for staff, who may see internal ones, their visibility too. */
export function CampaignsTable({ campaigns, emptyMessage, memberOrganisationId, onNotice }: CampaignsTableProps) {
  const { t } = useTranslation(['campaigns', 'common']);
  const period = useCampaignPeriod();
  const forMember = memberOrganisationId !== null;
  return (
    <Table aria-label={t('table.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('table.name')}</TableCell>
          <TableCell>{t('table.status')}</TableCell>
          {forMember ? null : <TableCell>{t('table.visibility')}</TableCell>}
          <TableCell>{t('table.lead')}</TableCell>
          <TableCell>{t('table.dates')}</TableCell>
          {forMember ? (
            <>
              <TableCell>{t('table.yourOrganisation')}</TableCell>
              <TableCell>{t('common:actions.label')}</TableCell>
            </>
          ) : (
            <TableCell align="right">{t('table.participants')}</TableCell>
          )}
        </TableRow>
      </TableHead>
      <TableBody>
        {campaigns.length === 0 ? (
          <EmptyTableRow columns={COLUMNS} message={emptyMessage} />
        ) : (
          campaigns.map((campaign) => {
            const own = memberOrganisationId
              ? campaign.participations.find((participation) => participation.organisationId === memberOrganisationId && !participation.leftAt)
              : undefined;
            return (
              <TableRow key={campaign.id} hover>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={campaignPath(campaign.id)} sx={{ fontWeight: 600 }}>
                    {campaign.name}
                  </Link>
                </TableCell>
                <TableCell>
                  <CampaignStatusChip status={campaign.status} />
                </TableCell>
                {forMember ? null : <TableCell>{t(`visibilities.${campaign.visibility}`)}</TableCell>}
                <TableCell>{campaign.leadOrganisation?.name ?? t('common:emptyValue')}</TableCell>
                <TableCell>{period(campaign) ?? t('common:emptyValue')}</TableCell>
                {forMember ? (
                  <>
                    <TableCell>
                      <OwnParticipationStatus role={own?.role ?? null} />
                    </TableCell>
                    <TableCell>
                      <CampaignMembershipButton campaign={campaign} takesPart={Boolean(own)} onChanged={onNotice} />
                    </TableCell>
                  </>
                ) : (
                  <TableCell align="right">{campaign.participations.length}</TableCell>
                )}
              </TableRow>
            );
          })
        )}
      </TableBody>
    </Table>
  );
}
