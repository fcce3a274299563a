import { PageHeader } from '../../../ui/PageHeader';

/** Being built. */
export function CampaignPage() {
  return <PageHeader title="CampaignPage" />;
}
