import { PageHeader } from '../../../ui/PageHeader';

/** Being built. */
export function DocumentsPage() {
  return <PageHeader title="DocumentsPage" />;
}
