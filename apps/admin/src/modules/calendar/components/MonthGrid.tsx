import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { VisuallyHidden } from '../../../ui/VisuallyHidden';
import type { CalendarDay } from '../calendarDates';
import { agendaEntryId, type CalendarEvent } from '../calendarEntries';
import { CALENDAR_EVENT_KIND_ICONS, CALENDAR_EVENT_KINDS } from '../calendarEventKinds';
import type { CalendarFormats } from '../hooks/useCalendarFormats';
import type { CalendarTask } from '../hooks/useTasksDue';

export interface MonthGridProps {
  label: string;
  weeks: readonly CalendarDay[][];
  today: string;
  eventsOn: (date: string) => readonly CalendarEvent[];
  tasksOn: (date: string) => readonly CalendarTask[];
  formats: CalendarFormats;
}

const entrySx = {
  display: 'flex',
  alignItems: 'center',
  gap: 0.5,
  px: 0.5,
  py: 0.25,
  borderRadius: 1,
  fontSize: '0.8125rem',
  lineHeight: 1.3,
  color: 'text.primary',
  minWidth: 0,
} as const;

/** What the grid's icons stand for, for the eye (each entry says its kind to screen readers itself). */
function KindLegend() {
  const { t } = useTranslation('calendar');
  return (
    <Box aria-hidden sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.5, px: 1.5, py: 1, borderTop: 1, borderColor: 'divider' }}>
      {CALENDAR_EVENT_KINDS.map((kind) => {
        const Icon = CALENDAR_EVENT_KIND_ICONS[kind];
        return (
          <Box key={kind} component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontSize: '0.8125rem', color: 'text.secondary' }}>
            <Icon sx={{ fontSize: '1rem', color: 'primary.main' }} />
            {t(`kinds.${kind}`)}
          </Box>
        );
      })}
      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, fontSize: '0.8125rem', color: 'text.secondary' }}>
        <TaskAltOutlined sx={{ fontSize: '1rem', color: 'success.main' }} />
        {t('agenda.taskDue')}
      </Box>
    </Box>
  );
}

function EntryText({ children }: { children: ReactNode }) {
  return <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{children}</Box>;
}

/**
 * The month as weeks (Monday first), each day listing its events (a multi-day one on every day) and the tasks due.
 * An event links to its entry in the agenda list, which says everything about it.
 */
export function MonthGrid({ label, weeks, today, eventsOn, tasksOn, formats }: MonthGridProps) {
  const { t } = useTranslation('calendar');
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ mb: 3 }}>
      <Table aria-label={label} size="small" sx={{ tableLayout: 'fixed', minWidth: 760 }}>
        <TableHead>
          <TableRow>
            {formats.weekdays.map((weekday) => (
              <TableCell key={weekday.long} component="th" scope="col" sx={{ textAlign: 'center' }}>
                <span aria-hidden>{weekday.short}</span>
                <VisuallyHidden>{weekday.long}</VisuallyHidden>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {weeks.map((week) => (
            <TableRow key={week[0]?.date}>
              {week.map((day) => {
                const isToday = day.date === today;
                return (
                  <TableCell
                    key={day.date}
                    aria-current={isToday ? 'date' : undefined}
                    sx={{
                      verticalAlign: 'top',
                      height: 112,
                      p: 0.75,
                      borderRight: 1,
                      borderColor: 'divider',
                      bgcolor: day.inMonth ? undefined : 'action.hover',
                    }}
                  >
                    <Box
                      aria-hidden
                      sx={{
                        width: 28,
                        height: 28,
                        mb: 0.5,
                        display: 'flex',
                        alignItems: 'center',
                        justifyContent: 'center',
                        borderRadius: '50%',
                        fontWeight: 600,
                        color: isToday ? 'primary.contrastText' : day.inMonth ? 'text.primary' : 'text.secondary',
                        bgcolor: isToday ? 'primary.main' : undefined,
                      }}
                    >
                      {day.dayOfMonth}
                    </Box>
                    <VisuallyHidden>{formats.dayTitle(day.date)}</VisuallyHidden>
                    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.5 }}>
                      {eventsOn(day.date).map((event) => {
                        const Icon = CALENDAR_EVENT_KIND_ICONS[event.kind];
                        const kind = t(`kinds.${event.kind}`);
                        return (
                          <li key={event.id}>
                            <Link
                              href={`#${agendaEntryId(event.id)}`}
                              underline="hover"
                              title={`${t('grid.kind', { kind })} ${event.title}`}
                              sx={{ ...entrySx, bgcolor: '#e6eef5' }}
                            >
                              <Icon aria-hidden sx={{ fontSize: '1rem', color: 'primary.main', flexShrink: 0 }} />
                              <VisuallyHidden>{t('grid.kind', { kind })}</VisuallyHidden>{' '}
                              <EntryText>{event.title}</EntryText>
                            </Link>
                          </li>
                        );
                      })}
                      {tasksOn(day.date).map((task) => (
                        <li key={task.id}>
                          <Link
                            component={RouterLink}
                            to={`/tasks/${task.id}`}
                            underline="hover"
                            title={task.title}
                            sx={{ ...entrySx, border: 1, borderColor: 'divider' }}
                          >
                            <TaskAltOutlined aria-hidden sx={{ fontSize: '1rem', color: 'success.main', flexShrink: 0 }} />
                            <VisuallyHidden>{t('grid.taskDue')}</VisuallyHidden>{' '}
                            <EntryText>{task.title}</EntryText>
                          </Link>
                        </li>
                      ))}
                    </Box>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <KindLegend />
    </TableContainer>
  );
}
