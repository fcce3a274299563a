import { useQuery } from '@apollo/client/react';
import type { AudienceRuleInput, MailingFieldsFragment } from '../../../gql/graphql';
import { storedToInput, type RecordChoice } from '../audienceTree';
import { AUDIENCE_QUERY } from '../graphql/audience.query';
import { MAILING_CAMPAIGN_NAME_QUERY } from '../graphql/mailing-campaign-name.query';
import { MAILING_LIST_QUERY } from '../graphql/mailing-list.query';

export interface MailingNames {
  list: RecordChoice | null;
  audience: RecordChoice | null;
  campaign: RecordChoice | null;
  /**
   * Who it goes to, as the live count takes it: the saved audience's rule. Null until the audience has answered, and
   * for a draft with no audience yet (it cannot be sent).
   */
  rule: AudienceRuleInput | null;
  /** Every name asked for has answered (a deleted record answers null). */
  loaded: boolean;
}

const choice = (record: { id: string; name: string } | null | undefined): RecordChoice | null =>
  record ? { id: record.id, name: record.name } : null;

/** The list, audience and campaign a mailing names by id, with their names. */
export function useMailingNames(mailing: Pick<MailingFieldsFragment, 'listId' | 'audienceId' | 'campaignId'> | undefined): MailingNames {
  const list = useQuery(MAILING_LIST_QUERY, { variables: { id: mailing?.listId ?? '' }, skip: !mailing });
  const audience = useQuery(AUDIENCE_QUERY, { variables: { id: mailing?.audienceId ?? '' }, skip: !mailing?.audienceId });
  const campaign = useQuery(MAILING_CAMPAIGN_NAME_QUERY, { variables: { id: mailing?.campaignId ?? '' }, skip: !mailing?.campaignId });
  const settled = (query: { loading: boolean; data?: unknown; error?: unknown }, asked: boolean) => !asked || Boolean(query.data) || Boolean(query.error);
  return {
    list: choice(list.data?.mailingList),
    audience: choice(audience.data?.audience),
    campaign: choice(campaign.data?.campaign),
    rule: mailing?.audienceId && audience.data?.audience ? storedToInput(audience.data.audience.rule) : null,
    loaded:
      Boolean(mailing) &&
      settled(list, true) &&
      settled(audience, Boolean(mailing?.audienceId)) &&
      settled(campaign, Boolean(mailing?.campaignId)),
  };
}
