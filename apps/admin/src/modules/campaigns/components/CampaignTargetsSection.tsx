import { useQuery } from '@apollo/client/react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import { QueriedSection } from '../../../ui/QueriedSection';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { PRIORITIES } from '../campaignOptions';
import { isStaff, mayEditCampaigns } from '../campaignPermissions';
import { CAMPAIGN_TARGETS_QUERY } from '../graphql/campaign-targets.query';
import { isStaleTarget, STALE_TARGET_DAYS } from '../targetReach';
import { AddTargetDialog } from './AddTargetDialog';
import { EditTargetDialog, type EditedTarget } from './EditTargetDialog';
import { StanceChip } from './StanceChip';
import { TargetLastReached } from './TargetLastReached';
import { TargetName, useTargetName } from './TargetName';

export interface CampaignTargetsSectionProps {
  campaign: { id: string; name: string };
  /** Says what was just done (added, changed). */
  onNotice: (text: string) => void;
}

/**
 * The policymakers and institutions the campaign wants to move, highest priority first: the ask, the stance (staff
 * only: the API refuses it to member representatives, so it is not asked for them) and when each was last reached.
 * Those not reached for too long stand out.
 */
export function CampaignTargetsSection({ campaign, onNotice }: CampaignTargetsSectionProps) {
  const { t } = useTranslation(['campaigns', 'common']);
  const user = useCurrentUser();
  const withStance = isStaff(user);
  const mayEdit = mayEditCampaigns(user);
  const targetName = useTargetName();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<EditedTarget | null>(null);
  const { data, loading, error, refetch } = useQuery(CAMPAIGN_TARGETS_QUERY, {
    variables: { id: campaign.id, withStance },
    fetchPolicy: 'cache-and-network',
  });
  const errorText = useApiErrorText(error);
  const targets = [...(data?.campaign?.targets ?? [])].sort((a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority));
  const staleCount = targets.filter((target) => isStaleTarget(target.lastReachedAt)).length;
  const columns = [t('targets.target'), t('targets.priority'), t('targets.ask')];
  if (withStance) columns.push(t('targets.stance'));
  columns.push(t('targets.lastReached'));
  if (mayEdit) columns.push(t('common:actions.label'));

  return (
    <QueriedSection
      title={t('targets.title')}
      add={mayEdit ? { label: t('targets.add'), icon: <AddOutlined aria-hidden />, onClick: () => setAdding(true) } : undefined}
      loaded={Boolean(data)}
      loading={loading}
      error={errorText}
      onRetry={() => void refetch()}
      emptyText={mayEdit ? t('targets.emptyFirst') : t('targets.empty')}
      isEmpty={targets.length === 0}
    >
      {staleCount > 0 ? (
        // Polite: it comes with the page, not from something the user just did.
        <Alert severity="warning" role="status" icon={<WarningAmberOutlined aria-hidden />} sx={{ mb: 2 }}>
          {t('targets.staleSummary', { count: staleCount, days: STALE_TARGET_DAYS })}
        </Alert>
      ) : null}
      {targets.length > 0 ? (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('targets.label')}>
            <TableHead>
              <TableRow>
                {columns.map((column) => (
                  <TableCell key={column}>{column}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {targets.map((target) => {
                const name = targetName(target);
                return (
                  <TableRow key={target.id}>
                    <TableCell component="th" scope="row">
                      <TargetName target={target} />
                    </TableCell>
                    <TableCell>{t(`priorities.${target.priority}`)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-line', minWidth: 200 }}>{target.ask ?? t('common:emptyValue')}</TableCell>
                    {withStance ? <TableCell>{target.stance ? <StanceChip stance={target.stance} /> : t('common:emptyValue')}</TableCell> : null}
                    <TableCell>
                      <TargetLastReached lastReachedAt={target.lastReachedAt} />
                    </TableCell>
                    {mayEdit ? (
                      <TableCell>
                        <Button
                          size="small"
                          aria-label={t('targets.editLabel', { target: name })}
                          onClick={() =>
                            setEditing({ id: target.id, name, priority: target.priority, ask: target.ask, stance: target.stance ?? 'UNKNOWN' })
                          }
                        >
                          {t('common:actions.edit')}
                        </Button>
                      </TableCell>
                    ) : null}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      {adding ? (
        <AddTargetDialog
          campaign={campaign}
          onClose={() => setAdding(false)}
          onAdded={(text) => {
            setAdding(false);
            onNotice(text);
          }}
        />
      ) : null}
      {editing ? (
        <EditTargetDialog
          target={editing}
          onClose={() => setEditing(null)}
          onSaved={(text) => {
            setEditing(null);
            onNotice(text);
          }}
        />
      ) : null}
    </QueriedSection>
  );
}
