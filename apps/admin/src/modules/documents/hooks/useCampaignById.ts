import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { CampaignOption } from '../components/CampaignsField';
import { DOCUMENT_CAMPAIGN_NAME_QUERY } from '../graphql/document-campaign-name.query';

/**
 * The campaign a filter names by id (the address keeps only the id): the one just picked, or else asked of the API.
 * `remember` keeps a pick, so choosing needs no extra request.
 */
export function useCampaignById(id: string | null): [CampaignOption | null, (picked: CampaignOption | null) => void] {
  const [picked, remember] = useState<CampaignOption | null>(null);
  const known = picked && picked.id === id ? picked : null;
  const { data } = useQuery(DOCUMENT_CAMPAIGN_NAME_QUERY, { variables: { id: id ?? '' }, skip: !id || known !== null });
  return [id ? (known ?? data?.campaign ?? null) : null, remember];
}
