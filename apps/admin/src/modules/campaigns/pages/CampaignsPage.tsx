import { PageHeader } from '../../../ui/PageHeader';

/** Being built. */
export function CampaignsPage() {
  return <PageHeader title="CampaignsPage" />;
}
