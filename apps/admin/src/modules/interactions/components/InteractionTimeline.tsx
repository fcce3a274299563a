import type { TypedDocumentNode } from '@apollo/client';
import AddOutlined from '@mui/icons-material/AddOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useCursorPagedQuery, type CursorPageVariables } from '../../../app/graphql/useCursorPagedQuery';
import { CursorPagedTable, type CursorConnection } from '../../../ui/CursorPagedTable';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { RecordSection } from '../../../ui/RecordSection';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { COALITION_INTERACTION_TIMELINE_QUERY } from '../graphql/coalition-interaction-timeline.query';
import { INTERACTION_TIMELINE_QUERY } from '../graphql/interaction-timeline.query';
import { isStaff, type ShownInteraction } from '../interactionOptions';
import { logInteractionPath, type InteractionScope } from '../interactionPaths';
import { InteractionTimelineItem } from './InteractionTimelineItem';

type TimelineQuery = TypedDocumentNode<{ interactions: CursorConnection<ShownInteraction> }, CursorPageVariables<InteractionScope>>;

export interface InteractionTimelineProps {
  /**
   * Whose history: `{ contactId }`, `{ institutionId }` (with the bodies within it) or `{ campaignId }`. Staff's
   * "Log a meeting" is prefilled with the same record.
   */
  filter: InteractionScope;
  /** The section's heading; "Outreach history" by default. */
  title?: string;
}

/**
 * A record's outreach history, newest first and paged: when, what kind, who was met, who of ours took part, the
 * subject (linking to the interaction's page) and, for staff, the summary and outcome. Member representatives see
 * coalition-level interactions only, without the notes. A section of a record's page; it asks for its own items.
 */
export function InteractionTimeline({ filter, title }: InteractionTimelineProps) {
  const { t } = useTranslation('interactions');
  const staff = isStaff(useCurrentUser());
  const query: TimelineQuery = staff ? INTERACTION_TIMELINE_QUERY : COALITION_INTERACTION_TIMELINE_QUERY;
  const list = useCursorPagedQuery(query, { filter, connectionOf: (data) => data.interactions, fetchPolicy: 'cache-and-network' });
  const { connection } = list;

  return (
    <RecordSection
      title={title ?? t('title')}
      actions={
        staff ? (
          <Button component={RouterLink} to={logInteractionPath(filter)} variant="outlined" startIcon={<AddOutlined aria-hidden />}>
            {t('timeline.log')}
          </Button>
        ) : null
      }
    >
      {!staff ? (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('timeline.notesForStaff')}
        </Typography>
      ) : null}
      {!connection ? (
        list.error ? <ErrorAlert message={list.error} onRetry={list.refetch} /> : <LoadingState />
      ) : connection.totalCount === 0 && list.pages.page === 0 ? (
        <>
          <ErrorAlert message={list.error} onRetry={list.refetch} />
          <Typography color="text.secondary">{t('timeline.empty')}</Typography>
        </>
      ) : (
        <CursorPagedTable list={list}>
          {(interactions) => (
            <Box component="ol" aria-label={title ?? t('title')} sx={{ m: 0, px: 2, pt: 2, listStyle: 'none' }}>
              {interactions.map((interaction) => (
                <InteractionTimelineItem key={interaction.id} interaction={interaction} scope={filter} staff={staff} />
              ))}
            </Box>
          )}
        </CursorPagedTable>
      )}
    </RecordSection>
  );
}
