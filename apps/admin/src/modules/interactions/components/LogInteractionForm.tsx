import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import { currentLanguage } from '../../../app/i18n';
import type { Confidentiality, InteractionKind, LogInteractionInput } from '../../../gql/graphql';
import { FormFieldset } from '../../../ui/FormFieldset';
import { FormTextField } from '../../../ui/FormTextField';
import { OptionSelectField } from '../../../ui/OptionSelectField';
import { RecordForm } from '../../../ui/RecordForm';
import { useRowList, type RowList } from '../../../ui/useRowList';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { DocumentPicker, type PickedDocument } from '../../documents/components/DocumentPicker';
import type { InstitutionOption } from '../../institutions/components/InstitutionAutocomplete';
import { institutionLabel } from '../../institutions/institutionNames';
import { organisationLabel, type OrganisationOption } from '../../organisations/components/OrganisationAutocomplete';
import { contactName, type ContactOption } from '../../relationships/components/ContactAutocomplete';
import { mayPickColleagues } from '../../auth/permissions';
import { INTERACTION_KINDS } from '../interactionOptions';
import { localDateTimeToIso, localDateTimeValue } from '../localDateTime';
import { CampaignAutocomplete, type CampaignOption } from './CampaignAutocomplete';
import { CommitmentsFieldset, isCommitmentFilled, whoPromised, type CommitmentRow } from './CommitmentsFieldset';
import { ConfidentialityField } from './ConfidentialityField';
import { assigneeInput, FollowUpTasksFieldset, isFollowUpFilled, type FollowUpErrorField, type FollowUpRow } from './FollowUpTasksFieldset';
import { ColleaguesMultiPicker, ContactsMultiPicker, InstitutionsMultiPicker, OrganisationsMultiPicker, type ColleagueOption } from './RecordMultiPickers';

const FIELDS = [
  'kind',
  'occurredAt',
  'campaignId',
  'subject',
  'summary',
  'outcome',
  'confidentiality',
  'contactIds',
  'institutionIds',
  'participantUserIds',
  'participantOrganisationIds',
  'documentIds',
  'commitments',
  'followUpTasks',
];
const COMMITMENT_FIELDS = ['contactId', 'description', 'dueDate'] as const;
const FOLLOW_UP_FIELDS = ['title', 'dueDate', 'assigneeUserId', 'assigneeOrganisationId'] as const;
const PICKED_LISTS = ['contactIds', 'institutionIds', 'participantUserIds', 'participantOrganisationIds', 'documentIds'] as const;
type PickedList = (typeof PICKED_LISTS)[number];

/** What the form starts with, from the record it is logged for (`?contactId=`, `?institutionId=`, `?campaignId=`). */
export interface LogInteractionPrefill {
  contacts: ContactOption[];
  institutions: InstitutionOption[];
  campaign: CampaignOption | null;
}

export interface LogInteractionFormProps {
  prefill: LogInteractionPrefill;
  /** Saves and goes on; throws the API's error, shown under the fields it names. */
  save: (input: LogInteractionInput) => Promise<void>;
  submitting: boolean;
  cancelTo: string;
}

/** What was sent, so an error on "commitments.0.dueDate" or "contactIds.1" finds the row or the name it is about. */
interface Sent {
  commitments: number[];
  followUps: number[];
  picked: Record<PickedList, string[]>;
}

const NOTHING_SENT: Sent = {
  commitments: [],
  followUps: [],
  picked: { contactIds: [], institutionIds: [], participantUserIds: [], participantOrganisationIds: [], documentIds: [] },
};
const orNull = (text: string) => text.trim() || null;
const filledRows = <Value,>(list: RowList<Value>, isFilled: (value: Value) => boolean) => list.rows.filter((row) => isFilled(row.value));

/**
 * Logs a meeting (call, letter...) in one go: who was met, when, what was said and obtained, the documents handed over
 * and the follow-up tasks. Meeting, now and "internal" are preset; the first picker has the focus and Ctrl+Enter saves
 * from any field.
 */
export function LogInteractionForm({ prefill, save, submitting, cancelTo }: LogInteractionFormProps) {
  const { t, i18n } = useTranslation('interactions');
  const language = currentLanguage(i18n);
  const user = useCurrentUser();
  const [contacts, setContacts] = useState<ContactOption[]>(prefill.contacts);
  const [institutions, setInstitutions] = useState<InstitutionOption[]>(prefill.institutions);
  const [kind, setKind] = useState<InteractionKind>('MEETING');
  const [occurredAt, setOccurredAt] = useState(() => localDateTimeValue());
  const [campaign, setCampaign] = useState<CampaignOption | null>(prefill.campaign);
  const [subject, setSubject] = useState('');
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState('');
  const [colleagues, setColleagues] = useState<ColleagueOption[]>([]);
  const [organisations, setOrganisations] = useState<OrganisationOption[]>([]);
  const [documents, setDocuments] = useState<PickedDocument[]>([]);
  const [confidentiality, setConfidentiality] = useState<Confidentiality>('INTERNAL');
  const commitments = useRowList<CommitmentRow>(() => []);
  const followUps = useRowList<FollowUpRow>(() => []);
  const [sent, setSent] = useState<Sent>(NOTHING_SENT);
  const [occurredAtMissing, setOccurredAtMissing] = useState(false);
  const [whoMissing, setWhoMissing] = useState<number[]>([]);
  const rowFields = [
    ...sent.commitments.flatMap((_key, index) => COMMITMENT_FIELDS.map((field) => `commitments.${index}.${field}`)),
    ...sent.followUps.flatMap((_key, index) => FOLLOW_UP_FIELDS.map((field) => `followUpTasks.${index}.${field}`)),
    ...PICKED_LISTS.flatMap((list) => sent.picked[list].map((_name, index) => `${list}.${index}`)),
  ];
  const { fieldErrors, alert, attempt, clear } = useApiProblem<string>([...FIELDS, ...rowFields]);
  const assignees = [
    ...colleagues.map((colleague) => ({ value: `user:${colleague.id}`, label: colleague.name })),
    ...organisations.map((organisation) => ({ value: `organisation:${organisation.id}`, label: organisationLabel(organisation) })),
  ];

  /** The API's problems with a picked list: with the list as a whole, or with the names it says are wrong. */
  function pickedError(list: PickedList): string | undefined {
    const problems = sent.picked[list].flatMap((name, index) => {
      const problem = fieldErrors[`${list}.${index}`];
      return problem ? [t('form.listItemProblem', { name, problem })] : [];
    });
    const all = [fieldErrors[list], ...problems].filter(Boolean);
    return all.length > 0 ? all.join(' ') : undefined;
  }

  function commitmentError(key: number, field: (typeof COMMITMENT_FIELDS)[number]): string | undefined {
    const row = commitments.rows.find((candidate) => candidate.key === key);
    if (field === 'contactId' && whoMissing.includes(key) && row && whoPromised(row.value, contacts) === '') return t('commitments.whoMissing');
    const index = sent.commitments.indexOf(key);
    return index < 0 ? undefined : fieldErrors[`commitments.${index}.${field}`];
  }

  function followUpError(key: number, field: FollowUpErrorField): string | undefined {
    const index = sent.followUps.indexOf(key);
    return index < 0 ? undefined : fieldErrors[`followUpTasks.${index}.${field}`];
  }

  function submit() {
    const when = localDateTimeToIso(occurredAt);
    const sentCommitments = filledRows(commitments, isCommitmentFilled);
    const sentFollowUps = filledRows(followUps, isFollowUpFilled);
    // The API cannot say which field is missing when an ID! is absent: the form says it first.
    const withoutWho = sentCommitments.filter((row) => whoPromised(row.value, contacts) === '').map((row) => row.key);
    setOccurredAtMissing(when === null);
    setWhoMissing(withoutWho);
    if (when === null || withoutWho.length > 0) {
      clear();
      return;
    }
    setSent({
      commitments: sentCommitments.map((row) => row.key),
      followUps: sentFollowUps.map((row) => row.key),
      picked: {
        contactIds: contacts.map(contactName),
        institutionIds: institutions.map((institution) => institutionLabel(institution, language)),
        participantUserIds: colleagues.map((colleague) => colleague.name),
        participantOrganisationIds: organisations.map(organisationLabel),
        documentIds: documents.map((document) => document.title),
      },
    });
    const input: LogInteractionInput = {
      kind,
      occurredAt: when,
      campaignId: campaign?.id ?? null,
      subject: orNull(subject),
      summary: orNull(summary),
      outcome: orNull(outcome),
      confidentiality,
      contactIds: contacts.map((contact) => contact.id),
      institutionIds: institutions.map((institution) => institution.id),
      participantUserIds: colleagues.map((colleague) => colleague.id),
      participantOrganisationIds: organisations.map((organisation) => organisation.id),
      documentIds: documents.map((document) => document.id),
      commitments: sentCommitments.map(({ value }) => ({
        contactId: whoPromised(value, contacts),
        description: value.description.trim(),
        dueDate: value.dueDate || null,
      })),
      followUpTasks: sentFollowUps.map(({ value }) => ({
        title: value.title.trim(),
        dueDate: value.dueDate || null,
        ...assigneeInput(value.assignee, assignees),
      })),
    };
    void attempt(() => save(input));
  }

  /** Ctrl+Enter (Cmd+Enter on a Mac) saves from any field, before a picker takes the Enter for itself. */
  function saveOnControlEnter(event: KeyboardEvent) {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || submitting) return;
    event.preventDefault();
    event.stopPropagation();
    submit();
  }

  return (
    <Box onKeyDownCapture={saveOnControlEnter}>
      <RecordForm alert={alert} submitting={submitting} submitLabel={t('form.submit')} submittingLabel={t('form.submitting')} onSubmit={submit} cancelTo={cancelTo}>
        <ContactsMultiPicker
          label={t('form.peopleMet')}
          value={contacts}
          onChange={setContacts}
          error={pickedError('contactIds')}
          helperText={t('form.peopleMetHelp')}
          autoFocus
        />
        <InstitutionsMultiPicker
          label={t('form.institutionsMet')}
          value={institutions}
          onChange={setInstitutions}
          error={pickedError('institutionIds')}
          helperText={t('form.institutionsMetHelp')}
        />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <OptionSelectField
            label={t('form.kind')}
            value={kind}
            options={INTERACTION_KINDS}
            optionLabel={(option) => t(`kinds.${option}`)}
            onChange={setKind}
            error={fieldErrors.kind}
            sx={{ flex: 1 }}
          />
          <FormTextField
            label={t('form.occurredAt')}
            type="datetime-local"
            required
            value={occurredAt}
            onChange={(value) => {
              setOccurredAt(value);
              setOccurredAtMissing(false);
            }}
            error={occurredAtMissing ? t('form.occurredAtMissing') : fieldErrors.occurredAt}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ flex: 1 }}
          />
          <CampaignAutocomplete label={t('form.campaign')} value={campaign} onChange={setCampaign} error={fieldErrors.campaignId} sx={{ flex: 2 }} />
        </Stack>
        <FormTextField label={t('form.subject')} value={subject} onChange={setSubject} error={fieldErrors.subject} />
        <FormTextField
          label={t('form.summary')}
          multiline
          minRows={3}
          value={summary}
          onChange={setSummary}
          error={fieldErrors.summary}
          helperText={t('form.summaryHelp')}
        />
        <FormTextField
          label={t('form.outcome')}
          multiline
          minRows={2}
          value={outcome}
          onChange={setOutcome}
          error={fieldErrors.outcome}
          helperText={t('form.outcomeHelp')}
        />
        <FormFieldset legend={t('form.ourSide')}>
          <Stack spacing={2}>
            {mayPickColleagues(user) ? (
              <ColleaguesMultiPicker
                label={t('form.colleagues')}
                value={colleagues}
                onChange={setColleagues}
                error={pickedError('participantUserIds')}
                helperText={t('form.youTakePart')}
              />
            ) : (
              <Typography color="text.secondary">{t('form.youTakePart')}</Typography>
            )}
            <OrganisationsMultiPicker
              label={t('form.organisations')}
              value={organisations}
              onChange={setOrganisations}
              error={pickedError('participantOrganisationIds')}
            />
          </Stack>
        </FormFieldset>
        <CommitmentsFieldset list={commitments} peopleMet={contacts} error={fieldErrors.commitments} rowError={commitmentError} />
        <FollowUpTasksFieldset list={followUps} assignees={assignees} error={fieldErrors.followUpTasks} rowError={followUpError} />
        <DocumentPicker
          label={t('form.documents')}
          value={documents}
          onChange={setDocuments}
          campaignId={campaign?.id}
          error={pickedError('documentIds')}
        />
        <ConfidentialityField value={confidentiality} onChange={setConfidentiality} error={fieldErrors.confidentiality} />
      </RecordForm>
    </Box>
  );
}
