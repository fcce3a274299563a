import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { AGENDA_ID, agendaEntryId, type CalendarEvent, type PlacedEvent } from '../calendarEntries';
import { CALENDAR_EVENT_KIND_ICONS } from '../calendarEventKinds';
import type { CalendarFormats } from '../hooks/useCalendarFormats';
import type { CalendarTask } from '../hooks/useTasksDue';

export interface AgendaListProps {
  title: string;
  /** The month's days, first to last. */
  days: readonly string[];
  events: readonly PlacedEvent[];
  tasksOn: (date: string) => readonly CalendarTask[];
  campaignName: (campaignId: string) => string | undefined;
  formats: CalendarFormats;
  /** Staff delete events; others get no button. */
  onDelete?: (event: CalendarEvent) => void;
  /** Said above the list (tasks that could not be loaded, or not all of them). */
  notice?: ReactNode;
  /** Whether the month's events and tasks have answered: until then an empty month is not said to be empty. */
  loaded: boolean;
}

const chipSx = { flexShrink: 0, '& .MuiChip-icon': { fontSize: '1rem' } } as const;

/**
 * The month day by day, for reading in order (a screen reader need not walk the grid): each event once, on its first
 * day in the month, with its dates, place, campaign and description; the tasks on the day they are due.
 */
export function AgendaList({ title, days, events, tasksOn, campaignName, formats, onDelete, notice, loaded }: AgendaListProps) {
  const { t } = useTranslation('calendar');
  const firstDay = days[0] ?? '';
  const lastDay = days.at(-1) ?? '';
  const inMonth = events.filter(({ first, last }) => last >= firstDay && first <= lastDay);
  const entries = days
    .map((date) => ({
      date,
      events: inMonth.filter(({ first }) => (first < firstDay ? firstDay : first) === date),
      tasks: tasksOn(date),
    }))
    .filter((day) => day.events.length > 0 || day.tasks.length > 0);

  function when({ event, first, last }: PlacedEvent): string {
    const dates = formats.dayRange(first, last);
    if (event.allDay) return first === last ? `${dates} · ${t('agenda.allDay')}` : dates;
    const times = event.endsAt ? `${formats.time(event.startsAt)} – ${formats.time(event.endsAt)}` : formats.time(event.startsAt);
    return `${dates} · ${times}`;
  }

  return (
    <Paper variant="outlined" component="section" id={AGENDA_ID} tabIndex={-1} aria-labelledby={`${AGENDA_ID}-title`} sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h2" id={`${AGENDA_ID}-title`} sx={{ mb: 2 }}>
        {title}
      </Typography>
      {notice}
      {loaded && entries.length === 0 ? <Typography color="text.secondary">{t('agenda.empty')}</Typography> : null}
      <Stack component="ol" spacing={3} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {entries.map((day) => (
          <li key={day.date}>
            <Typography variant="h3" sx={{ mb: 0.5 }}>
              {formats.dayTitle(day.date)}
            </Typography>
            <List disablePadding>
              {day.events.map((placed) => {
                const { event } = placed;
                const Icon = CALENDAR_EVENT_KIND_ICONS[event.kind];
                const campaign = event.campaignId ? campaignName(event.campaignId) : undefined;
                return (
                  <ListItem key={event.id} id={agendaEntryId(event.id)} tabIndex={-1} disableGutters divider sx={{ alignItems: 'flex-start', gap: 2 }}>
                    <ListItemText
                      primary={
                        <Stack component="span" direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                          <Chip component="span" size="small" variant="outlined" icon={<Icon aria-hidden />} label={t(`kinds.${event.kind}`)} sx={chipSx} />
                          <Box component="span" sx={{ fontWeight: 600 }}>
                            {event.title}
                          </Box>
                        </Stack>
                      }
                      secondary={
                        <>
                          <Box component="span" sx={{ display: 'block' }}>
                            {[when(placed), event.location].filter(Boolean).join(' · ')}
                          </Box>
                          {campaign ? (
                            <Box component="span" sx={{ display: 'block' }}>
                              {t('agenda.campaign', { name: campaign })}
                            </Box>
                          ) : null}
                          {event.description ? (
                            <Box component="span" sx={{ display: 'block', whiteSpace: 'pre-line', mt: 0.5 }}>
                              {event.description}
                            </Box>
                          ) : null}
                        </>
                      }
                    />
                    {onDelete ? (
                      <Button
                        size="small"
                        color="error"
                        startIcon={<DeleteOutlined aria-hidden />}
                        aria-label={t('agenda.deleteLabel', { title: event.title })}
                        onClick={() => onDelete(event)}
                        sx={{ flexShrink: 0, mt: 0.5 }}
                      >
                        {t('agenda.delete')}
                      </Button>
                    ) : null}
                  </ListItem>
                );
              })}
              {day.tasks.map((task) => (
                <ListItem key={task.id} disableGutters divider>
                  <ListItemText
                    primary={
                      <Stack component="span" direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                        <Chip component="span" size="small" variant="outlined" color="success" icon={<TaskAltOutlined aria-hidden />} label={t('agenda.taskDue')} sx={chipSx} />
                        <Link component={RouterLink} to={`/tasks/${task.id}`} sx={{ fontWeight: 600 }}>
                          {task.title}
                        </Link>
                      </Stack>
                    }
                    secondary={[t(`taskStatuses.${task.status}`), task.campaignId ? campaignName(task.campaignId) : undefined].filter(Boolean).join(' · ')}
                  />
                </ListItem>
              ))}
            </List>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
