import { PageHeader } from '../../../ui/PageHeader';

/** Being built. */
export function MyTasksPage() {
  return <PageHeader title="MyTasksPage" />;
}
