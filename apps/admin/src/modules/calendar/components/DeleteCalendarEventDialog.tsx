import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../../../app/graphql/useApiAction';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import type { CalendarEvent } from '../calendarEntries';
import { DELETE_CALENDAR_EVENT_MUTATION } from '../graphql/delete-calendar-event.mutation';

export interface DeleteCalendarEventDialogProps {
  event: Pick<CalendarEvent, 'id' | 'title'>;
  onClose: () => void;
  onDeleted: () => void;
}

/** Staff: takes an event out of the calendar, after asking. */
export function DeleteCalendarEventDialog({ event, onClose, onDeleted }: DeleteCalendarEventDialogProps) {
  const { t } = useTranslation('calendar');
  const { busy, alert, run } = useApiAction();
  const [deleteEvent] = useMutation(DELETE_CALENDAR_EVENT_MUTATION, {
    // The month's lists drop an event that is no longer in the cache.
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'CalendarEvent', id: event.id }) });
      cache.gc();
    },
  });

  async function confirm() {
    if (await run(() => deleteEvent({ variables: { id: event.id } }))) onDeleted();
  }

  return (
    <ConfirmDialog
      open
      title={t('deleteEvent.title')}
      body={t('deleteEvent.body', { title: event.title })}
      confirmLabel={t('deleteEvent.confirm')}
      destructive
      busy={busy}
      error={alert}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
