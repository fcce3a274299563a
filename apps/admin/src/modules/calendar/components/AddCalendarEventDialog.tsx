import { useMutation } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../app/graphql/useApiProblem';
import type { CalendarEventKind } from '../../../gql/graphql';
import { DateRangeFields } from '../../../ui/DateField';
import { FormDialog } from '../../../ui/FormDialog';
import { FormTextField } from '../../../ui/FormTextField';
import { OptionSelectField } from '../../../ui/OptionSelectField';
import { allDayInstants } from '../calendarDates';
import type { CalendarEvent } from '../calendarEntries';
import { CALENDAR_EVENT_KINDS } from '../calendarEventKinds';
import { CALENDAR_EVENTS_QUERY } from '../graphql/calendar-events.query';
import { CREATE_CALENDAR_EVENT_MUTATION } from '../graphql/create-calendar-event.mutation';
import type { CampaignOption } from './CalendarToolbar';

const FIELDS = ['title', 'kind', 'startsAt', 'endsAt', 'campaignId', 'location', 'description'] as const;
const NO_CAMPAIGN = '';

export interface AddCalendarEventDialogProps {
  /** The first day offered (the first of the month shown, or today in this month). */
  initialDay: string;
  /** The campaign the calendar is filtered on, offered first. */
  initialCampaignId: string | null;
  campaigns: readonly CampaignOption[];
  onClose: () => void;
  onAdded: (event: CalendarEvent) => void;
}

/** Staff: puts a whole-day event (one day or several) in the diplomatic calendar. */
export function AddCalendarEventDialog({ initialDay, initialCampaignId, campaigns, onClose, onAdded }: AddCalendarEventDialogProps) {
  const { t } = useTranslation('calendar');
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<CalendarEventKind>('COUNCIL_MEETING');
  const [firstDay, setFirstDay] = useState(initialDay);
  const [lastDay, setLastDay] = useState('');
  const [campaignId, setCampaignId] = useState(initialCampaignId ?? NO_CAMPAIGN);
  const [location, setLocation] = useState('');
  const [description, setDescription] = useState('');
  const [dayErrors, setDayErrors] = useState<{ firstDay?: string; lastDay?: string }>({});
  const { fieldErrors, alert, attempt, clear } = useApiProblem(FIELDS);
  const [createEvent, { loading }] = useMutation(CREATE_CALENDAR_EVENT_MUTATION, {
    refetchQueries: [CALENDAR_EVENTS_QUERY],
    awaitRefetchQueries: true,
  });

  async function submit() {
    const found = {
      firstDay: firstDay ? undefined : t('addEvent.firstDayRequired'),
      lastDay: firstDay && lastDay && lastDay < firstDay ? t('addEvent.lastDayBeforeFirst') : undefined,
    };
    setDayErrors(found);
    if (found.firstDay || found.lastDay) {
      clear();
      return;
    }
    let created: CalendarEvent | undefined;
    const problem = await attempt(async () => {
      const { data } = await createEvent({
        variables: {
          input: {
            title: title.trim(),
            kind,
            allDay: true,
            ...allDayInstants(firstDay, lastDay || null),
            campaignId: campaignId || null,
            location: location.trim() || null,
            description: description.trim() || null,
          },
        },
      });
      created = data?.createCalendarEvent;
    });
    if (problem === null && created) onAdded(created);
  }

  return (
    <FormDialog
      title={t('addEvent.title')}
      intro={t('addEvent.intro')}
      alert={alert}
      submitting={loading}
      submitLabel={t('addEvent.submit')}
      submittingLabel={t('addEvent.submitting')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <FormTextField
        label={t('addEvent.eventTitle')}
        required
        autoFocus
        value={title}
        onChange={setTitle}
        error={fieldErrors.title}
        helperText={t('addEvent.eventTitleHelp')}
      />
      <OptionSelectField
        label={t('addEvent.kind')}
        required
        value={kind}
        options={CALENDAR_EVENT_KINDS}
        optionLabel={(option) => t(`kinds.${option}`)}
        onChange={setKind}
        error={fieldErrors.kind}
      />
      <DateRangeFields
        start={{
          label: t('addEvent.firstDay'),
          required: true,
          value: firstDay,
          onChange: setFirstDay,
          error: dayErrors.firstDay ?? fieldErrors.startsAt,
        }}
        end={{
          label: t('addEvent.lastDay'),
          value: lastDay,
          onChange: setLastDay,
          error: dayErrors.lastDay ?? fieldErrors.endsAt,
          helperText: t('addEvent.lastDayHelp'),
        }}
      />
      <FormTextField select label={t('addEvent.campaign')} value={campaignId} onChange={setCampaignId} error={fieldErrors.campaignId}>
        <MenuItem value={NO_CAMPAIGN}>{t('addEvent.noCampaign')}</MenuItem>
        {campaigns.map((campaign) => (
          <MenuItem key={campaign.id} value={campaign.id}>
            {campaign.name}
          </MenuItem>
        ))}
      </FormTextField>
      <FormTextField label={t('addEvent.location')} value={location} onChange={setLocation} error={fieldErrors.location} />
      <FormTextField
        label={t('addEvent.description')}
        multiline
        minRows={3}
        value={description}
        onChange={setDescription}
        error={fieldErrors.description}
      />
    </FormDialog>
  );
}
