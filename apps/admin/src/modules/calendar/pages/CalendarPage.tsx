import { STAFF_ROLES } from '@alliance/domain';
import { useQuery } from '@apollo/client/react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import { todayCalendarDate } from '../../../ui/calendarDate';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { NoticeSnackbar, type Notice } from '../../../ui/NoticeSnackbar';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { daysOfMonth, eventDays, firstDayOf, monthOf, monthParam, monthWeeks, queryRange } from '../calendarDates';
import { AGENDA_ID, eventsOn, placeEvents, type CalendarEvent } from '../calendarEntries';
import { AddCalendarEventDialog } from '../components/AddCalendarEventDialog';
import { AgendaList } from '../components/AgendaList';
import { CalendarToolbar } from '../components/CalendarToolbar';
import { DeleteCalendarEventDialog } from '../components/DeleteCalendarEventDialog';
import { MonthGrid } from '../components/MonthGrid';
import { CALENDAR_CAMPAIGN_OPTIONS_QUERY } from '../graphql/calendar-campaign-options.query';
import { CALENDAR_EVENTS_QUERY } from '../graphql/calendar-events.query';
import { useCalendarFormats } from '../hooks/useCalendarFormats';
import { useCalendarParams } from '../hooks/useCalendarParams';
import { useTasksDue } from '../hooks/useTasksDue';

/** Shown only when focused from the keyboard: jumps over the grid to the same month as a list. */
const skipLinkSx = {
  position: 'absolute',
  left: -10000,
  '&:focus': { position: 'static', display: 'inline-block', mb: 1 },
} as const;

/**
 * The diplomatic calendar, a month at a time (the month and campaign in the address): a grid of weeks, then the same
 * month as an agenda list. Staff add and delete events; everyone sees their open tasks on the day they are due.
 */
export function CalendarPage() {
  const { t } = useTranslation(['calendar', 'common']);
  const user = useCurrentUser();
  const isStaff = (STAFF_ROLES as readonly string[]).includes(user.role);
  const formats = useCalendarFormats();
  const { month, campaignId, showMonth, showCampaign } = useCalendarParams();
  const today = todayCalendarDate();
  const thisMonth = monthOf(today);
  const weeks = useMemo(() => monthWeeks(month), [month]);
  const gridFirst = weeks[0]?.[0]?.date ?? firstDayOf(month);
  const gridLast = weeks.at(-1)?.at(-1)?.date ?? firstDayOf(month);

  const events = useQuery(CALENDAR_EVENTS_QUERY, {
    variables: { ...queryRange(gridFirst, gridLast), ...(campaignId ? { campaignId } : {}) },
    fetchPolicy: 'cache-and-network',
  });
  const eventsError = useApiErrorText(events.error);
  const placed = useMemo(() => placeEvents(events.data?.calendarEvents ?? []), [events.data]);
  const tasks = useTasksDue(gridFirst, gridLast, campaignId);
  const campaignOptions = useQuery(CALENDAR_CAMPAIGN_OPTIONS_QUERY);
  const campaigns = campaignOptions.data?.campaigns.edges.map((edge) => edge.node);
  const campaignName = (id: string) => campaigns?.find((campaign) => campaign.id === id)?.name;

  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<CalendarEvent | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  function added(event: CalendarEvent) {
    setAdding(false);
    setNotice({ severity: 'success', text: t('addEvent.done', { title: event.title }) });
    const shown = monthOf(eventDays(event).first);
    if (monthParam(shown) !== monthParam(month)) showMonth(shown);
  }

  const tasksNotice = tasks.error ? (
    <Alert
      severity="warning"
      role="status"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" onClick={tasks.retry}>
          {t('common:actions.retry')}
        </Button>
      }
    >
      {t('agenda.tasksFailed', { reason: tasks.error })}
    </Alert>
  ) : tasks.incomplete ? (
    <Alert severity="info" role="status" sx={{ mb: 2 }}>
      <Link component={RouterLink} to="/tasks" color="inherit">
        {t('agenda.tasksIncomplete')}
      </Link>
    </Alert>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          isStaff ? (
            <Button variant="contained" startIcon={<AddOutlined aria-hidden />} onClick={() => setAdding(true)}>
              {t('add')}
            </Button>
          ) : null
        }
      />
      <CalendarToolbar
        month={month}
        thisMonth={thisMonth}
        onShowMonth={showMonth}
        campaignId={campaignId}
        campaigns={campaigns}
        onShowCampaign={showCampaign}
        formats={formats}
      />
      <ErrorAlert message={eventsError} onRetry={() => void events.refetch()} />
      <Box sx={{ height: 4, mb: 1 }}>
        {events.loading || tasks.loading ? <LinearProgress aria-label={t('loading')} /> : null}
      </Box>
      <Link href={`#${AGENDA_ID}`} sx={skipLinkSx}>
        {t('grid.skip')}
      </Link>
      <MonthGrid
        label={t('grid.label', { month: formats.monthTitle(month) })}
        weeks={weeks}
        today={today}
        eventsOn={(date) => eventsOn(placed, date)}
        tasksOn={(date) => tasks.byDay.get(date) ?? []}
        formats={formats}
      />
      <AgendaList
        title={t('agenda.title', { month: formats.monthName(month) })}
        days={daysOfMonth(month)}
        events={placed}
        tasksOn={(date) => tasks.byDay.get(date) ?? []}
        campaignName={campaignName}
        formats={formats}
        onDelete={isStaff ? setDeleting : undefined}
        notice={tasksNotice}
        loaded={Boolean(events.data) && !tasks.loading}
      />
      {adding ? (
        <AddCalendarEventDialog
          initialDay={monthParam(month) === monthParam(thisMonth) ? today : firstDayOf(month)}
          initialCampaignId={campaignId && campaignName(campaignId) ? campaignId : null}
          campaigns={campaigns ?? []}
          onClose={() => setAdding(false)}
          onAdded={added}
        />
      ) : null}
      {deleting ? (
        <DeleteCalendarEventDialog
          event={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setNotice({ severity: 'success', text: t('deleteEvent.done', { title: deleting.title }) });
            setDeleting(null);
          }}
        />
      ) : null}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
