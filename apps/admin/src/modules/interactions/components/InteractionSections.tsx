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
import { DetailList } from '../../../ui/DetailList';
import { formatDate } from '../../../ui/formatDateTime';
import { RecordSection } from '../../../ui/RecordSection';
import { institutionLabel, institutionPath } from '../../institutions/institutionNames';
import { organisationLabel } from '../../organisations/components/OrganisationAutocomplete';
import { contactName } from '../../relationships/components/ContactAutocomplete';
import type { PageInteraction } from '../interactionOptions';
import { contactPath, documentPath, organisationPath, taskPath } from '../interactionPaths';
import { LinkedNames } from './LinkedNames';

/** The people and institutions met, each linking to its page. */
export function InteractionMetSection({ interaction }: { interaction: PageInteraction }) {
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

/** Who took part on our side: colleagues (staff only: the API gives members none) and member organisations. */
export function InteractionOurSideSection({ interaction, staff }: { interaction: PageInteraction; staff: boolean }) {
  const { t } = useTranslation('interactions');
  const organisations = interaction.participantOrganisations.map((organisation) => ({
    id: organisation.id,
    to: organisationPath(organisation.id),
    label: organisationLabel(organisation),
  }));
  const colleagues = interaction.participantUsers.map((user) => user.name).join(', ');
  return (
    <RecordSection title={t('page.ourSide')}>
      <DetailList
        details={[
          ...(staff ? [{ label: t('page.colleagues'), value: colleagues || t('page.colleaguesEmpty') }] : []),
          { label: t('page.organisations'), value: organisations.length ? <LinkedNames links={organisations} /> : t('page.ourSideEmpty') },
        ]}
      />
    </RecordSection>
  );
}

/** The documents handed over (those the reader may open), each linking to its page. */
export function InteractionDocumentsSection({ interaction }: { interaction: PageInteraction }) {
  const { t } = useTranslation('interactions');
  const documents = interaction.documents.map((document) => ({ id: document.id, to: documentPath(document.id), label: document.title }));
  return (
    <RecordSection title={t('page.documents')}>
      {documents.length ? <LinkedNames links={documents} /> : <Typography color="text.secondary">{t('page.documentsEmpty')}</Typography>}
    </RecordSection>
  );
}

/** Summary and outcome for staff; members are told the notes are not for them. */
export function InteractionNotesSection({ interaction, staff }: { interaction: PageInteraction; staff: boolean }) {
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

type Commitment = NonNullable<PageInteraction['commitments']>[number];

/** What the people met promised, by when, and where each promise stands (staff only). */
export function InteractionCommitmentsSection({ interaction }: { interaction: PageInteraction }) {
  const { t, i18n } = useTranslation('interactions');
  const commitments: readonly Commitment[] = interaction.commitments ?? [];
  // The API names who promised; a person since removed from the directory is "someone met".
  const nameOf = (commitment: Commitment) => (commitment.contact ? contactName(commitment.contact) : t('page.someoneMet'));
  return (
    <RecordSection title={t('page.commitments')}>
      {commitments.length === 0 ? <Typography color="text.secondary">{t('page.commitmentsEmpty')}</Typography> : null}
      <List disablePadding>
        {commitments.map((commitment) => (
          <ListItem key={commitment.id} disableGutters divider>
            <ListItemText
              primary={t('page.commitmentBy', { name: nameOf(commitment), description: commitment.description })}
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

/** The follow-up tasks logged with it (those the reader may see), each linking to its page, with where it stands. */
export function InteractionFollowUpsSection({ interaction }: { interaction: PageInteraction }) {
  const { t, i18n } = useTranslation('interactions');
  const tasks = interaction.followUpTasks;
  return (
    <RecordSection title={t('page.followUps')}>
      {tasks.length === 0 ? <Typography color="text.secondary">{t('page.followUpsEmpty')}</Typography> : null}
      <List disablePadding>
        {tasks.map((task) => (
          <ListItem key={task.id} disableGutters divider>
            <ListItemText
              primary={
                <Link component={RouterLink} to={taskPath(task.id)} sx={{ fontWeight: 600 }}>
                  {task.title}
                </Link>
              }
              secondary={[t(`taskStatuses.${task.status}`), task.dueDate ? t('page.dueOn', { date: formatDate(task.dueDate, i18n.language) }) : null]
                .filter(Boolean)
                .join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    </RecordSection>
  );
}
