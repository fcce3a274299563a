import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import { formatDateTime } from '../../../ui/formatDateTime';
import { institutionLabel } from '../../institutions/institutionNames';
import { organisationLabel } from '../../organisations/components/OrganisationAutocomplete';
import { contactName } from '../../relationships/components/ContactAutocomplete';
import type { ShownInteraction } from '../interactionOptions';
import { interactionPath, type InteractionBackState, type InteractionScope } from '../interactionPaths';

export interface InteractionTimelineItemProps {
  interaction: ShownInteraction;
  /** The history it is listed in: its page's Back link returns there. */
  scope: InteractionScope;
  /** Staff see who may read it, and the notes. */
  staff: boolean;
}

/** A line of text with its label ("Met: ..."), left out when there is nothing to say. */
function LabelledLine({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <Typography variant="body2">
      <Box component="span" sx={{ color: 'text.secondary', fontWeight: 600 }}>
        {`${label} `}
      </Box>
      {text}
    </Typography>
  );
}

/** One interaction of a timeline: when, what kind, the subject (linking to its page), who met whom, and the notes. */
export function InteractionTimelineItem({ interaction, scope, staff }: InteractionTimelineItemProps) {
  const { t, i18n } = useTranslation('interactions');
  const language = currentLanguage(i18n);
  const kind = t(`kinds.${interaction.kind}`);
  const met = [
    ...interaction.contacts.map(contactName),
    ...interaction.institutions.map((institution) => institutionLabel(institution, language)),
  ].join(', ');
  const tookPart = interaction.participantOrganisations.map(organisationLabel).join(', ');
  return (
    <Box component="li" sx={{ py: 2, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0, pt: 0 } }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
        <Typography variant="body2" color="text.secondary">
          <time dateTime={interaction.occurredAt}>{formatDateTime(interaction.occurredAt, i18n.language)}</time>
          {` · ${kind}`}
        </Typography>
        {staff && interaction.confidentiality !== 'INTERNAL' ? (
          <Chip size="small" variant="outlined" label={t(`confidentiality.${interaction.confidentiality}`)} />
        ) : null}
      </Stack>
      <Link
        component={RouterLink}
        to={interactionPath(interaction.id)}
        state={{ from: scope } satisfies InteractionBackState}
        sx={{ fontWeight: 600 }}
      >
        {interaction.subject || t('timeline.untitled', { kind })}
      </Link>
      <LabelledLine label={t('timeline.met')} text={met} />
      <LabelledLine label={t('timeline.tookPart')} text={tookPart} />
      {staff && interaction.summary ? (
        <Typography
          variant="body2"
          sx={{ mt: 0.5, whiteSpace: 'pre-line', display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
        >
          {interaction.summary}
        </Typography>
      ) : null}
      {staff ? <LabelledLine label={t('timeline.outcome')} text={interaction.outcome ?? ''} /> : null}
    </Box>
  );
}
