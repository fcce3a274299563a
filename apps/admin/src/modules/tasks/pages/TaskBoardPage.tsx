import { PageHeader } from '../../../ui/PageHeader';

/** Being built. */
export function TaskBoardPage() {
  return <PageHeader title="TaskBoardPage" />;
}
