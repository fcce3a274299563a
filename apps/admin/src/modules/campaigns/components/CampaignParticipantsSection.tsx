import { useQuery } from '@apollo/client/react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import { currentLanguage } from '../../../app/i18n';
import type { CampaignParticipantsQuery, CampaignStatus } from '../../../gql/graphql';
import { formatDate } from '../../../ui/formatDateTime';
import { QueriedSection } from '../../../ui/QueriedSection';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { mayManageParticipants, representedOrganisationId } from '../campaignPermissions';
import { CAMPAIGN_PARTICIPANTS_QUERY } from '../graphql/campaign-participants.query';
import { CampaignMembershipButton } from './CampaignMembershipButton';
import { OwnParticipationStatus } from './OwnParticipationStatus';
import { ParticipationDialog, type ParticipationDialogProps } from './ParticipationDialog';

type Participant = NonNullable<CampaignParticipantsQuery['campaign']>['participations'][number];

export interface CampaignParticipantsSectionProps {
  campaign: { id: string; name: string; status: CampaignStatus };
  /** Says what was just done (joined, left, added, role changed). */
  onNotice: (text: string) => void;
}

/** Those taking part first, in the order they joined; then, when shown, those who left. */
function byParticipation(a: Participant, b: Participant): number {
  if (Boolean(a.leftAt) !== Boolean(b.leftAt)) return a.leftAt ? 1 : -1;
  return a.joinedAt.localeCompare(b.joinedAt);
}

/**
 * Who takes part in the campaign, as what, since when; with past participations on demand. Coordinators add an
 * organisation or change its role; a member representative joins or leaves for their organisation.
 */
export function CampaignParticipantsSection({ campaign, onNotice }: CampaignParticipantsSectionProps) {
  const { t, i18n } = useTranslation(['campaigns', 'common']);
  const language = currentLanguage(i18n);
  const user = useCurrentUser();
  const mayManage = mayManageParticipants(user);
  const ownOrganisationId = representedOrganisationId(user);
  const [includePast, setIncludePast] = useState(false);
  const [editing, setEditing] = useState<Pick<ParticipationDialogProps, 'participant'> | null>(null);
  const { data, loading, error, refetch } = useQuery(CAMPAIGN_PARTICIPANTS_QUERY, {
    variables: { id: campaign.id, includePast },
    fetchPolicy: 'cache-and-network',
  });
  const errorText = useApiErrorText(error);
  const participants = [...(data?.campaign?.participations ?? [])].sort(byParticipation);
  const own = ownOrganisationId
    ? participants.find((participant) => participant.organisationId === ownOrganisationId && !participant.leftAt)
    : undefined;
  const day = (iso: string) => <time dateTime={iso}>{formatDate(iso, language)}</time>;
  const columns = [t('participants.organisation'), t('participants.role'), t('participants.joined')];
  if (includePast) columns.push(t('participants.left'));
  if (mayManage) columns.push(t('common:actions.label'));

  return (
    <QueriedSection
      title={t('participants.title')}
      add={mayManage ? { label: t('participants.add'), icon: <AddOutlined aria-hidden />, onClick: () => setEditing({}) } : undefined}
      loaded={Boolean(data)}
      loading={loading}
      error={errorText}
      onRetry={() => void refetch()}
      emptyText={includePast ? t('participants.emptyEver') : t('participants.empty')}
      isEmpty={participants.length === 0}
    >
      {ownOrganisationId && data ? (
        <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <OwnParticipationStatus role={own?.role ?? null} />
          <CampaignMembershipButton campaign={campaign} takesPart={Boolean(own)} onChanged={onNotice} />
        </Stack>
      ) : null}
      <FormControlLabel
        control={<Switch checked={includePast} onChange={(event) => setIncludePast(event.target.checked)} />}
        label={t('participants.showPast')}
        sx={{ mb: 1 }}
      />
      {participants.length > 0 ? (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t('participants.label')}>
            <TableHead>
              <TableRow>
                {columns.map((column) => (
                  <TableCell key={column}>{column}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {participants.map((participant) => {
                const { organisation } = participant;
                const name = organisation?.name ?? t('participants.unknownOrganisation');
                return (
                  <TableRow key={participant.id}>
                    <TableCell component="th" scope="row">
                      {organisation ? (
                        <Link component={RouterLink} to={`/organisations/${organisation.id}`} sx={{ fontWeight: 600 }}>
                          {name}
                        </Link>
                      ) : (
                        name
                      )}
                      {participant.organisationId === ownOrganisationId ? ` ${t('participants.yours')}` : null}
                    </TableCell>
                    <TableCell>{t(`roles.${participant.role}`)}</TableCell>
                    <TableCell>{day(participant.joinedAt)}</TableCell>
                    {includePast ? (
                      <TableCell>{participant.leftAt ? day(participant.leftAt) : t('participants.stillTakingPart')}</TableCell>
                    ) : null}
                    {mayManage ? (
                      <TableCell>
                        {organisation && !participant.leftAt ? (
                          <Button
                            size="small"
                            aria-label={t('participants.changeRoleLabel', { name })}
                            onClick={() => setEditing({ participant: { organisation, role: participant.role } })}
                          >
                            {t('participants.changeRole')}
                          </Button>
                        ) : null}
                      </TableCell>
                    ) : null}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      {editing ? (
        <ParticipationDialog
          campaign={campaign}
          participant={editing.participant}
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
