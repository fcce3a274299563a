import { useQuery } from '@apollo/client/react';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../../../app/graphql/useApiProblemText';
import { currentLanguage } from '../../../app/i18n';
import type { SeatRole, SeatsQuery } from '../../../gql/graphql';
import { todayCalendarDate } from '../../../ui/calendarDate';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { DateField } from '../../../ui/DateField';
import { RecordSection } from '../../../ui/RecordSection';
import { SEATS_QUERY } from '../graphql/seats.query';
import { usePositionPeriod } from '../hooks/usePositionPeriod';
import { institutionName } from '../institutionNames';
import { InstitutionLink } from './InstitutionLink';
import { SourceLink } from './SourceLink';

type Seat = SeatsQuery['seats'][number];

/** The groups of seats, in the order the panel lists them: who presides first. */
const ROLES: readonly SeatRole[] = ['PRESIDENCY', 'PERMANENT_MEMBER', 'ELECTED_MEMBER', 'MEMBER'];
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Who sits here": the members of a body such as the Security Council on a chosen day (today by default), by role,
 * and who presides, each with the public source of the fact. Bodies without seats today show nothing.
 */
export function SeatsPanel({ bodyId }: { bodyId: string }) {
  const { t, i18n } = useTranslation('institutions');
  const language = currentLanguage(i18n);
  const period = usePositionPeriod();
  const [today] = useState(todayCalendarDate);
  const [on, setOn] = useState(today);
  const valid = CALENDAR_DATE.test(on);
  const { data, previousData, loading, error, refetch } = useQuery(SEATS_QUERY, {
    variables: { bodyId, on: valid ? on : today },
    skip: !valid,
  });
  const errorText = useApiErrorText(error);
  const seats = (data ?? previousData)?.seats;

  // Only bodies that have seats today get the panel; once shown, another day may well be empty.
  if (!seats || (seats.length === 0 && on === today && !error)) return null;

  const collator = new Intl.Collator(language);
  const byName = (a: Seat, b: Seat) =>
    collator.compare(a.member ? institutionName(a.member, language) : '', b.member ? institutionName(b.member, language) : '');

  return (
    <RecordSection title={t('seats.title')}>
      <DateField label={t('seats.on')} value={on} onChange={setOn} helperText={t('seats.onHelp')} sx={{ mb: 2, maxWidth: 240 }} />
      <ErrorAlert message={errorText} onRetry={() => void refetch()} />
      {loading ? <LinearProgress aria-label={t('seats.loading')} sx={{ mb: 1 }} /> : null}
      {seats.length === 0 ? <Typography color="text.secondary">{t('seats.empty')}</Typography> : null}
      <Stack spacing={2.5}>
        {ROLES.map((role) => {
          const group = seats.filter((seat) => seat.role === role).sort(byName);
          if (group.length === 0) return null;
          const headingId = `seats-${role}`;
          return (
            <section key={role} aria-labelledby={headingId}>
              <Typography variant="h3" id={headingId} sx={{ mb: 0.5 }}>
                {t(`seats.roles.${role}`)}
              </Typography>
              <List dense disablePadding>
                {group.map((seat) => (
                  <ListItem key={seat.id} disableGutters divider>
                    <ListItemText
                      primary={seat.member ? <InstitutionLink institution={seat.member} /> : t('seats.unknownMember')}
                      secondary={
                        <>
                          {period(seat)}
                          {seat.source ? ' · ' : null}
                          <SourceLink source={seat.source} about={seat.member ? institutionName(seat.member, language) : ''} />
                        </>
                      }
                    />
                  </ListItem>
                ))}
              </List>
            </section>
          );
        })}
      </Stack>
    </RecordSection>
  );
}
