import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { currentLanguage } from '../../../app/i18n';
import type { InteractionNotesFieldsFragment } from '../../../gql/graphql';
import { DetailList } from '../../../ui/DetailList';
import { formatDate } from '../../../ui/formatDateTime';
import { RecordSection } from '../../../ui/RecordSection';
import { institutionLabel, institutionPath } from '../../institutions/institutionNames';
import { organisationLabel } from '../../organisations/components/OrganisationAutocomplete';
import { contactName } from '../../relationships/components/ContactAutocomplete';
import type { ShownInteraction } from '../interactionOptions';
import { campaignBoardPath, contactPath, MY_TASKS_PATH, organisationPath } from '../interactionPaths';
import { LinkedNames } from './LinkedNames';

/** The people and institutions met, each linking to its page. */
export function InteractionMetSection({ interaction }: { interaction: ShownInteraction }) {
  const { t, i18n } = useTranslation('interactions');
  const language = currentLanguage(i18n);
  const people = interaction.contacts.map((contact) => ({ id: contact.id, to: contactPath(contact.id), label: contactName(contact) }));
  const institutions = interaction.institutions.map((institution) => ({
    id: institution.id,
    to: institutionPath(institution.id),
    label: institutionLabel(institution, language),
  }));
  return (
    <RecordSection title={t('page.met')}>
      <DetailList
        details={[
          { label: t('page.people'), value: people.length ? <LinkedNames links={people} /> : t('page.peopleEmpty') },
          { label: t('page.institutions'), value: institutions.length ? <LinkedNames links={institutions} /> : t('page.institutionsEmpty') },
        ]}
      />
    </RecordSection>
  );
}

/** The member organisations that took part. */
export function InteractionOurSideSection({ interaction }: { interaction: ShownInteraction }) {
  const { t } = useTranslation('interactions');
  const organisations = interaction.participantOrganisations.map((organisation) => ({
    id: organisation.id,
    to: organisationPath(organisation.id),
    label: organisationLabel(organisation),
  }));
  return (
    <RecordSection title={t('page.ourSide')}>
      {organisations.length ? <LinkedNames links={organisations} /> : <Typography color="text.secondary">{t('page.ourSideEmpty')}</Typography>}
    </RecordSection>
  );
}

/** Summary and outcome for staff; members are told the notes are not for them. */
export function InteractionNotesSection({ interaction, staff }: { interaction: ShownInteraction; staff: boolean }) {
  const { t } = useTranslation('interactions');
  const text = (value: string | null | undefined) =>
    value ? (
      <Typography component="span" sx={{ whiteSpace: 'pre-line' }}>
        {value}
      </Typography>
    ) : null;
  return (
    <RecordSection title={t('page.notes')}>
      {staff ? (
        <DetailList
          details={[
            { label: t('page.summary'), value: text(interaction.summary) },
            { label: t('page.outcome'), value: text(interaction.outcome) },
          ]}
        />
      ) : (
        <Typography color="text.secondary">{t('timeline.notesForStaff')}</Typography>
      )}
    </RecordSection>
  );
}

type Commitment = NonNullable<InteractionNotesFieldsFragment['commitments']>[number];

/** What the people met promised, by when, and where each promise stands (staff only). */
export function InteractionCommitmentsSection({ interaction }: { interaction: ShownInteraction }) {
  const { t, i18n } = useTranslation('interactions');
  const commitments: readonly Commitment[] = interaction.commitments ?? [];
  const nameOf = (contactId: string | null) => {
    const person = interaction.contacts.find((contact) => contact.id === contactId);
    return person ? contactName(person) : t('page.someoneMet');
  };
  return (
    <RecordSection title={t('page.commitments')}>
      {commitments.length === 0 ? <Typography color="text.secondary">{t('page.commitmentsEmpty')}</Typography> : null}
      <List disablePadding>
        {commitments.map((commitment) => (
          <ListItem key={commitment.id} disableGutters divider>
            <ListItemText
              primary={t('page.commitmentBy', { name: nameOf(commitment.contactId), description: commitment.description })}
              secondary={
                <Stack component="span" direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <span>{t(`commitmentStatuses.${commitment.status}`)}</span>
                  {commitment.dueDate ? <span>{t('page.dueOn', { date: formatDate(commitment.dueDate, i18n.language) })}</span> : null}
                  {commitment.isOverdue ? <Chip component="span" size="small" color="warning" variant="outlined" label={t('page.overdue')} /> : null}
                </Stack>
              }
            />
          </ListItem>
        ))}
      </List>
    </RecordSection>
  );
}

/**
 * Where the follow-up tasks are. The API does not link tasks to the interaction they were logged with, so the page
 * points to the task lists they joined: the author's (or assignee's) tasks, and the campaign's board.
 */
export function InteractionFollowUpsSection({ interaction }: { interaction: ShownInteraction }) {
  const { t } = useTranslation('interactions');
  return (
    <RecordSection title={t('page.followUps')}>
      <Typography sx={{ mb: 1 }}>{t('page.followUpsWhere')}</Typography>
      <Stack direction="row" spacing={2}>
        <Link component={RouterLink} to={MY_TASKS_PATH} sx={{ fontWeight: 600 }}>
          {t('page.myTasks')}
        </Link>
        {interaction.campaignId ? (
          <Link component={RouterLink} to={campaignBoardPath(interaction.campaignId)} sx={{ fontWeight: 600 }}>
            {t('page.campaignBoard')}
          </Link>
        ) : null}
      </Stack>
    </RecordSection>
  );
}
