import { PageHeader } from '../../../ui/PageHeader';

/** Being built. */
export function DocumentPage() {
  return <PageHeader title="DocumentPage" />;
}
