import { useQuery } from '@apollo/client/react';
import { INSTITUTION_NAME_QUERY } from '../../institutions/graphql/institution-name.query';
import type { LogInteractionPrefill } from '../components/LogInteractionForm';
import { INTERACTION_CAMPAIGN_NAME_QUERY } from '../graphql/interaction-campaign-name.query';
import { INTERACTION_CONTACT_NAME_QUERY } from '../graphql/interaction-contact-name.query';
import type { InteractionScope } from '../interactionPaths';

export interface LogInteractionPrefillState {
  /** Still asking the API for the names of the records in the address. */
  loading: boolean;
  prefill: LogInteractionPrefill;
}

/**
 * The records a new interaction is logged for, named in the address by id (`?contactId=`, `?institutionId=`,
 * `?campaignId=`), with the names the pickers show. An id the API does not know (or does not show) is left out.
 */
export function useLogInteractionPrefill({ contactId, institutionId, campaignId }: InteractionScope): LogInteractionPrefillState {
  const contact = useQuery(INTERACTION_CONTACT_NAME_QUERY, { variables: { id: contactId ?? '' }, skip: !contactId });
  const institution = useQuery(INSTITUTION_NAME_QUERY, { variables: { id: institutionId ?? '' }, skip: !institutionId });
  const campaign = useQuery(INTERACTION_CAMPAIGN_NAME_QUERY, { variables: { id: campaignId ?? '' }, skip: !campaignId });
  const known = <Record,>(record: Record | null | undefined): Record[] => (record ? [record] : []);
  return {
    loading: contact.loading || institution.loading || campaign.loading,
    prefill: {
      contacts: known(contactId ? contact.data?.contact : null),
      institutions: known(institutionId ? institution.data?.institution : null),
      campaign: (campaignId ? campaign.data?.campaign : null) ?? null,
    },
  };
}
