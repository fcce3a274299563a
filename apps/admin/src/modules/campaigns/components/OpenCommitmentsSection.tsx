import { useMutation, useQuery } from '@apollo/client/react';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApiAction } from '../../../app/graphql/useApiAction';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import type { CampaignCommitmentFieldsFragment, CommitmentStatus } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { QueriedSection } from '../../../ui/QueriedSection';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { COMMITMENT_STATUSES } from '../campaignOptions';
import { mayEditCampaigns } from '../campaignPermissions';
import { CAMPAIGN_OPEN_COMMITMENTS_QUERY } from '../graphql/campaign-open-commitments.query';
import { UPDATE_CAMPAIGN_COMMITMENT_MUTATION } from '../graphql/update-campaign-commitment.mutation';
import { CommitmentContactName } from './CommitmentContactName';
import { CommitmentDue } from './CommitmentDue';

/** Statuses after which a commitment is no longer open. */
const SETTLED: readonly CommitmentStatus[] = ['KEPT', 'BROKEN'];

export interface OpenCommitmentsSectionProps {
  campaignId: string;
  /** Says what was just done. */
  onNotice: (text: string) => void;
}

/**
 * Staff: what policymakers promised during the campaign's meetings and have not kept or broken yet, soonest due
 * first; overdue ones stand out. Coordinators and advocates follow each up (made, in progress, kept, broken).
 */
export function OpenCommitmentsSection({ campaignId, onNotice }: OpenCommitmentsSectionProps) {
  const { t } = useTranslation('campaigns');
  const mayUpdate = mayEditCampaigns(useCurrentUser());
  const { data, loading, error, refetch } = useQuery(CAMPAIGN_OPEN_COMMITMENTS_QUERY, {
    variables: { campaignId },
    fetchPolicy: 'cache-and-network',
  });
  const errorText = useApiErrorText(error);
  const update = useApiAction();
  const [updateCommitment] = useMutation(UPDATE_CAMPAIGN_COMMITMENT_MUTATION, {
    update: (cache, { data: updated }) => {
      // A kept or broken commitment is no longer open: the list is asked for again.
      if (updated && SETTLED.includes(updated.updateCommitment.status)) {
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'openCommitments', args: { campaignId } });
      }
    },
  });
  const commitments = data?.openCommitments ?? [];
  const overdueCount = commitments.filter((commitment) => commitment.isOverdue).length;

  async function changeStatus(commitment: CampaignCommitmentFieldsFragment, status: CommitmentStatus) {
    const done = await update.run(() => updateCommitment({ variables: { input: { commitmentId: commitment.id, status } } }));
    if (done) onNotice(t('commitments.updated', { description: commitment.description, status: t(`commitmentStatuses.${status}`) }));
  }

  return (
    <QueriedSection
      title={t('commitments.title')}
      loaded={Boolean(data)}
      loading={loading}
      error={errorText}
      onRetry={() => void refetch()}
      emptyText={t('commitments.empty')}
      isEmpty={commitments.length === 0}
    >
      <ErrorAlert message={update.alert} />
      {overdueCount > 0 ? (
        <Alert severity="error" role="status" icon={<ErrorOutlineOutlined aria-hidden />} sx={{ mb: 2 }}>
          {t('commitments.overdueSummary', { count: overdueCount })}
        </Alert>
      ) : null}
      {commitments.length > 0 ? (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('commitments.label')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('commitments.who')}</TableCell>
                <TableCell>{t('commitments.what')}</TableCell>
                <TableCell>{t('commitments.due')}</TableCell>
                <TableCell>{t('commitments.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {commitments.map((commitment) => (
                <TableRow key={commitment.id}>
                  <TableCell component="th" scope="row">
                    <CommitmentContactName contact={commitment.contact} />
                  </TableCell>
                  <TableCell sx={{ minWidth: 220 }}>
                    <Typography sx={{ whiteSpace: 'pre-line' }}>{commitment.description}</Typography>
                    <Link
                      component={RouterLink}
                      to={`/interactions/${commitment.interactionId}`}
                      variant="body2"
                      aria-label={t('commitments.meetingLabel', { description: commitment.description })}
                    >
                      {t('commitments.meeting')}
                    </Link>
                  </TableCell>
                  <TableCell>
                    <CommitmentDue dueDate={commitment.dueDate} isOverdue={commitment.isOverdue} />
                  </TableCell>
                  <TableCell>
                    {mayUpdate ? (
                      <TextField
                        select
                        size="small"
                        value={commitment.status}
                        disabled={update.busy}
                        onChange={(event) => void changeStatus(commitment, event.target.value as CommitmentStatus)}
                        slotProps={{
                          select: { native: true },
                          htmlInput: { 'aria-label': t('commitments.statusLabel', { description: commitment.description }) },
                        }}
                      >
                        {COMMITMENT_STATUSES.map((status) => (
                          <option key={status} value={status}>
                            {t(`commitmentStatuses.${status}`)}
                          </option>
                        ))}
                      </TextField>
                    ) : (
                      t(`commitmentStatuses.${commitment.status}`)
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
    </QueriedSection>
  );
}
