import { PageHeader } from '../../../ui/PageHeader';

/** Being built. */
export function NewCampaignPage() {
  return <PageHeader title="NewCampaignPage" />;
}

/** Being built. */
export function EditCampaignPage() {
  return <PageHeader title="EditCampaignPage" />;
}
