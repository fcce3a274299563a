import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../app/i18n';
import { institutionLabel } from '../../institutions/institutionNames';
import { recordIdsOf, type RuleRecordNames, type StoredRule } from '../audienceTree';
import { AUDIENCE_INSTITUTION_NAME_QUERY } from '../graphql/audience-institution-name.query';
import { MAILING_CAMPAIGN_NAME_QUERY } from '../graphql/mailing-campaign-name.query';
import { MAILING_LIST_QUERY } from '../graphql/mailing-list.query';

export interface RuleRecordNamesState {
  /** Undefined until every name has answered (or failed: the id then stands for the name). */
  names: RuleRecordNames | undefined;
}

/**
 * The names of the lists, campaigns and institutions a saved rule names by id, so the builder can show them. An
 * audience names a handful: one small request each, answered from the cache when already known.
 */
export function useRuleRecordNames(rule: StoredRule | undefined): RuleRecordNamesState {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const [state, setState] = useState<{ rule: StoredRule; names: RuleRecordNames } | null>(null);

  useEffect(() => {
    if (!rule) return;
    let cancelled = false;
    const ids = recordIdsOf(rule);
    const lookUp = async (id: string, find: () => Promise<string | null | undefined>): Promise<[string, string]> => {
      try {
        return [id, (await find()) ?? id];
      } catch {
        return [id, id];
      }
    };
    void Promise.all([
      Promise.all(ids.lists.map((id) => lookUp(id, async () => (await client.query({ query: MAILING_LIST_QUERY, variables: { id } })).data?.mailingList?.name))),
      Promise.all(ids.campaigns.map((id) => lookUp(id, async () => (await client.query({ query: MAILING_CAMPAIGN_NAME_QUERY, variables: { id } })).data?.campaign?.name))),
      Promise.all(
        ids.institutions.map((id) =>
          lookUp(id, async () => {
            const institution = (await client.query({ query: AUDIENCE_INSTITUTION_NAME_QUERY, variables: { id } })).data?.institution;
            return institution ? institutionLabel(institution, language) : null;
          }),
        ),
      ),
    ]).then(([lists, campaigns, institutions]) => {
      if (!cancelled) setState({ rule, names: { lists: new Map(lists), campaigns: new Map(campaigns), institutions: new Map(institutions) } });
    });
    return () => {
      cancelled = true;
    };
  }, [client, rule, language]);

  return { names: state && state.rule === rule ? state.names : undefined };
}
