import { PageHeader } from '../../../ui/PageHeader';

/** Being built. */
export function NewDocumentPage() {
  return <PageHeader title="NewDocumentPage" />;
}

/** Being built. */
export function EditDocumentPage() {
  return <PageHeader title="EditDocumentPage" />;
}
