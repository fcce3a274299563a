import { PageHeader } from '../../../ui/PageHeader';

/** Being built. */
export function InteractionPage() {
  return <PageHeader title="InteractionPage" />;
}
