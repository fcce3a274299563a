import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useApiAction } from '../../../app/graphql/useApiAction';
import { JOIN_CAMPAIGN_MUTATION } from '../graphql/join-campaign.mutation';
import { LEAVE_CAMPAIGN_MUTATION } from '../graphql/leave-campaign.mutation';

/**
 * Forgets who takes part in a campaign: every list of its participants on screen (the campaigns list, the campaign's
 * page) asks the API again.
 */
export function forgetParticipations(cache: ApolloCache, campaignId: string): void {
  cache.evict({ id: cache.identify({ __typename: 'Campaign', id: campaignId }), fieldName: 'participations' });
}

/** A member representative joins a campaign on behalf of their organisation, or leaves it. */
export function useCampaignMembership(campaignId: string) {
  const action = useApiAction();
  const options = { variables: { id: campaignId }, update: (cache: ApolloCache) => forgetParticipations(cache, campaignId) };
  const [joinCampaign] = useMutation(JOIN_CAMPAIGN_MUTATION, options);
  const [leaveCampaign] = useMutation(LEAVE_CAMPAIGN_MUTATION, options);
  return {
    busy: action.busy,
    alert: action.alert,
    clear: action.clear,
    /** Resolves to true once the organisation takes part. */
    join: () => action.run(() => joinCampaign()),
    /** Resolves to true once the organisation no longer takes part. */
    leave: () => action.run(() => leaveCampaign()),
  };
}
