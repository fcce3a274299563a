import { PageHeader } from '../../../ui/PageHeader';

/** Being built. */
export function LogInteractionPage() {
  return <PageHeader title="LogInteractionPage" />;
}
