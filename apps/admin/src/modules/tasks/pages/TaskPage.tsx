import { PageHeader } from '../../../ui/PageHeader';

/** Being built. */
export function TaskPage() {
  return <PageHeader title="TaskPage" />;
}
