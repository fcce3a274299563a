import { PageHeader } from '../../../ui/PageHeader';

/** Being built. */
export function CalendarPage() {
  return <PageHeader title="CalendarPage" />;
}
