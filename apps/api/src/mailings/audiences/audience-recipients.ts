import { AudienceRuleKind, DeliveryStatus, MembershipStatus } from '@alliance/domain';
import { badUserInput } from '../../core/graphql/errors';
import { AudienceRule } from '../audience-rule';
import { checkAudienceRule } from './audience-rule-check';

/** Why a matching address would not receive a mailing; the delivery statuses of the same name. */
export type RecipientExclusion = DeliveryStatus.SUPPRESSED | DeliveryStatus.UNSUBSCRIBED | DeliveryStatus.NO_CONSENT;

/** One row of `recipientsSql`. */
export interface RecipientRow {
  contact_id: string;
  /** The primary address, lowercased. */
  email: string;
  preferred_language: string;
  exclusion: RecipientExclusion | null;
}

/**
 * The SQL that resolves an audience on a list into recipients, one row per lowercased address:
 *   contact_id uuid, email text (lowercased), preferred_language text,
 *   exclusion text: NULL (receives it) | 'SUPPRESSED' | 'UNSUBSCRIBED' | 'NO_CONSENT'
 * Parameters are appended to `params` and referenced as $n, so the caller can embed the SQL in a
 * larger statement (the count, or the INSERT that creates deliveries).
 *
 * Candidates are the contacts not deleted that match the rule and have a primary address. Exclusion,
 * first that applies: the address is suppressed; the contact left this list; the contact has no
 * SUBSCRIBED subscription to this list and no GRANTED email consent (a PENDING subscription is not
 * consent). Should two candidates share an address, the one that would receive it wins. (Addresses are
 * unique today, but the dedupe keeps deliveries one per address whatever the directory allows; it groups
 * in byte order, COLLATE "C", which sorts faster than the locale and groups the same addresses.)
 *
 * The rule is checked first (BAD_USER_INPUT naming the field at fault), so a malformed one never
 * reaches the database; its values are bound as parameters, never spliced into the SQL.
 */
export function recipientsSql(listId: string, rule: AudienceRule, params: unknown[]): string {
  const checked = checkAudienceRule(rule);
  if (checked.problems.length) throw badUserInput(checked.problems);
  const list = bind(params, listId, 'uuid');
  const matches = ruleSql(checked.rule, params);
  return `
    SELECT DISTINCT ON (candidate.email COLLATE "C") candidate.contact_id, candidate.email, candidate.preferred_language, candidate.exclusion
      FROM (
        SELECT contact.id AS contact_id,
               lower(address.address::text) AS email,
               contact.preferred_language::text AS preferred_language,
               CASE
                 WHEN suppression.address IS NOT NULL THEN '${DeliveryStatus.SUPPRESSED}'
                 WHEN subscription.status = 'UNSUBSCRIBED' THEN '${DeliveryStatus.UNSUBSCRIBED}'
                 WHEN subscription.status IS DISTINCT FROM 'SUBSCRIBED' AND contact.email_consent_status <> 'GRANTED' THEN '${DeliveryStatus.NO_CONSENT}'
               END AS exclusion
          FROM contacts contact
          JOIN contact_emails address ON address.contact_id = contact.id AND address.is_primary
          LEFT JOIN list_subscriptions subscription ON subscription.list_id = ${list} AND subscription.contact_id = contact.id
          LEFT JOIN suppressions suppression ON suppression.address = address.address
         WHERE contact.deleted_at IS NULL AND ${matches}
      ) candidate
     ORDER BY candidate.email COLLATE "C", candidate.exclusion IS NOT NULL, candidate.contact_id`;
}

/** Appends a value to the parameters and returns its typed placeholder. */
function bind(params: unknown[], value: unknown, type: string): string {
  params.push(value);
  return `$${params.length}::${type}`;
}

/**
 * What "member organisation" means when the rule names no membership status: a member today. Prospects and
 * applicants are not members yet; lapsed, suspended and former members are not counted as members now.
 */
export const MEMBER_STATUS = MembershipStatus.ACTIVE;

/** Held today: started, and not ended before today (as the directory counts policymakers). */
const CURRENT_POSITION = 'position.start_date <= CURRENT_DATE AND (position.end_date IS NULL OR position.end_date >= CURRENT_DATE)';

/**
 * A condition on `contact` that is true or false, never NULL, so NOT negates it exactly. A leaf that
 * looks at other tables is `contact.id IN (<the contacts it selects>)`: Postgres turns it into a
 * semi-join under AND, and under OR or NOT into a set hashed once, instead of a lookup per contact.
 * Every such set selects a NOT NULL contact id (NULLs would make NOT IN unknown).
 */
function ruleSql(rule: AudienceRule, params: unknown[]): string {
  switch (rule.kind) {
    case AudienceRuleKind.AND:
      return `(${(rule.rules ?? []).map((child) => ruleSql(child, params)).join(' AND ')})`;
    case AudienceRuleKind.OR:
      return `(${(rule.rules ?? []).map((child) => ruleSql(child, params)).join(' OR ')})`;
    case AudienceRuleKind.NOT:
      return `(NOT ${ruleSql((rule.rules ?? [])[0], params)})`;
    case AudienceRuleKind.LISTS:
      return `contact.id IN (
        SELECT member_of.contact_id FROM list_subscriptions member_of
          JOIN mailing_lists listed ON listed.id = member_of.list_id AND listed.deleted_at IS NULL
         WHERE member_of.list_id = ANY(${bind(params, rule.listIds ?? [], 'uuid[]')}) AND member_of.status = 'SUBSCRIBED')`;
    case AudienceRuleKind.MEMBER_ORGANISATIONS: {
      const statuses = rule.organisationStatuses?.length ? rule.organisationStatuses : [MEMBER_STATUS];
      const filters = [`organisation.membership_status = ANY(${bind(params, statuses, 'membership_status[]')})`];
      if (rule.countryCodes?.length) filters.push(`organisation.country_code = ANY(${bind(params, rule.countryCodes, 'bpchar[]')})`);
      if (rule.organisationTypes?.length) filters.push(`organisation.type = ANY(${bind(params, rule.organisationTypes, 'organisation_type[]')})`);
      return `contact.id IN (
        SELECT affiliation.contact_id FROM affiliations affiliation
          JOIN organisations organisation ON organisation.id = affiliation.organisation_id AND organisation.deleted_at IS NULL
         WHERE ${filters.join(' AND ')})`;
    }
    case AudienceRuleKind.CAMPAIGN_PARTICIPANTS:
      return `contact.id IN (
        SELECT affiliation.contact_id FROM participations participation
          JOIN campaigns campaign ON campaign.id = participation.campaign_id AND campaign.deleted_at IS NULL
          JOIN organisations organisation ON organisation.id = participation.organisation_id AND organisation.deleted_at IS NULL
          JOIN affiliations affiliation ON affiliation.organisation_id = participation.organisation_id
         WHERE participation.campaign_id = ANY(${bind(params, rule.campaignIds ?? [], 'uuid[]')}) AND participation.left_at IS NULL)`;
    case AudienceRuleKind.CAMPAIGN_TARGETS: {
      const campaigns = bind(params, rule.campaignIds ?? [], 'uuid[]');
      return `contact.id IN (
        SELECT target.contact_id FROM targets target
          JOIN campaigns campaign ON campaign.id = target.campaign_id AND campaign.deleted_at IS NULL
         WHERE target.campaign_id = ANY(${campaigns}) AND target.contact_id IS NOT NULL
        UNION ALL
        SELECT position.contact_id FROM targets target
          JOIN campaigns campaign ON campaign.id = target.campaign_id AND campaign.deleted_at IS NULL
          JOIN institutions institution ON institution.id = target.institution_id AND institution.deleted_at IS NULL
          JOIN positions position ON position.institution_id = target.institution_id
         WHERE target.campaign_id = ANY(${campaigns}) AND ${CURRENT_POSITION})`;
    }
    case AudienceRuleKind.POLICYMAKERS: {
      const filters: string[] = [CURRENT_POSITION];
      if (rule.institutionIds?.length) {
        const roots = bind(params, rule.institutionIds, 'uuid[]');
        filters.push(
          rule.includeChildInstitutions
            ? `position.institution_id IN (
                WITH RECURSIVE subtree(id) AS (
                  SELECT id FROM institutions WHERE id = ANY(${roots}) AND deleted_at IS NULL
                  UNION
                  SELECT child.id FROM institutions child JOIN subtree ON child.parent_id = subtree.id WHERE child.deleted_at IS NULL
                ) SELECT id FROM subtree)`
            : `position.institution_id = ANY(${roots})`,
        );
      }
      if (rule.institutionKinds?.length) filters.push(`institution.kind = ANY(${bind(params, rule.institutionKinds, 'institution_kind[]')})`);
      return `contact.id IN (
        SELECT position.contact_id FROM positions position
          JOIN institutions institution ON institution.id = position.institution_id AND institution.deleted_at IS NULL
         WHERE ${filters.join(' AND ')})`;
    }
    case AudienceRuleKind.COUNTRIES:
      // IS NOT NULL keeps the leaf two-valued: a contact without a country is simply not in these countries.
      return `(contact.country_code IS NOT NULL AND contact.country_code = ANY(${bind(params, rule.countryCodes ?? [], 'bpchar[]')}))`;
    case AudienceRuleKind.LANGUAGES:
      return `contact.preferred_language = ANY(${bind(params, rule.languages ?? [], 'varchar[]')})`;
    case AudienceRuleKind.TAGS:
      return `contact.tags && ${bind(params, rule.tags ?? [], 'text[]')}`;
    default: {
      const unhandled: never = rule.kind;
      throw new Error(`Unknown audience rule kind ${String(unhandled)}`);
    }
  }
}
