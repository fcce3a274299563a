import { AudienceRuleKind, InstitutionKind, Language, MembershipStatus, OrganisationType } from '@alliance/domain';
import { FieldProblem } from '../../core/graphql/errors';
import { AudienceRule } from '../audience-rule';

/** Deepest nesting of an audience (the root is level 1): deep enough for any real filter, and readable back in one query. */
export const MAX_RULE_DEPTH = 6;
/** Most nodes (combinations and selections) in one audience. */
export const MAX_RULE_NODES = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const COUNTRY_CODE = /^[A-Z]{2}$/;

type ListField = Exclude<keyof AudienceRule, 'kind' | 'rules' | 'includeChildInstitutions'>;

interface Allowed {
  test: (value: string) => boolean;
  message: string;
}

function oneOf(values: Record<string, string>, what: string): Allowed {
  const allowed: string[] = Object.values(values);
  return { test: (value) => allowed.includes(value), message: `must contain only ${what}: ${allowed.join(', ')}` };
}

const COUNTRIES: Allowed = { test: (value) => COUNTRY_CODE.test(value), message: 'must contain two-letter country codes, e.g. "SD"' };

/** The ids an audience refers to, each with the field that names it (to check they exist when it is saved). */
export interface RuleReference {
  field: string;
  table: 'mailing_lists' | 'campaigns' | 'institutions';
  ids: string[];
}

export interface CheckedRule {
  /** The rule with only the fields of each node's kind, values trimmed and deduplicated. */
  rule: AudienceRule;
  references: RuleReference[];
}

/**
 * Checks an audience before any SQL is built from it, and returns it in canonical form. Every problem
 * names the field by its dotted path from `path` (e.g. `rule.rules.1.listIds`), as input validation does.
 * Ids are only checked for their form here: unknown ones match nobody.
 */
export function checkAudienceRule(rule: AudienceRule, path = 'rule'): { problems: FieldProblem[] } & CheckedRule {
  const problems: FieldProblem[] = [];
  const references: RuleReference[] = [];
  const nodes = countNodes(rule, MAX_RULE_NODES + 1);
  if (nodes > MAX_RULE_NODES) {
    problems.push({ field: path, message: `must have at most ${MAX_RULE_NODES} rules in all` });
    return { problems, rule, references };
  }
  const checked = checkNode(rule, path, 1, problems, references);
  return { problems, rule: checked, references };
}

function countNodes(rule: AudienceRule, limit: number): number {
  let count = 0;
  const pending: AudienceRule[] = [rule];
  while (pending.length && count < limit) {
    const node = pending.pop() as AudienceRule;
    count++;
    if (Array.isArray(node?.rules)) pending.push(...node.rules);
  }
  return count;
}

function checkNode(rule: AudienceRule, path: string, depth: number, problems: FieldProblem[], references: RuleReference[]): AudienceRule {
  if (!rule || typeof rule !== 'object') {
    problems.push({ field: path, message: 'must be a rule' });
    return rule;
  }
  if (depth > MAX_RULE_DEPTH) {
    problems.push({ field: path, message: `nests too deep: at most ${MAX_RULE_DEPTH} levels` });
    return rule;
  }
  const { kind } = rule;
  /** A list field: absent or empty is an error only when `required`; each value must pass `allowed`. */
  const list = (field: ListField, required: string | null, allowed?: Allowed): string[] | undefined => {
    const raw = rule[field];
    if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) {
      if (required) problems.push({ field: `${path}.${field}`, message: required });
      return undefined;
    }
    if (!Array.isArray(raw) || raw.some((value) => typeof value !== 'string')) {
      problems.push({ field: `${path}.${field}`, message: 'must be a list of text values' });
      return undefined;
    }
    const values = [...new Set(raw.map((value) => value.trim()))];
    if (values.some((value) => value === '')) {
      problems.push({ field: `${path}.${field}`, message: 'must not contain empty items' });
      return undefined;
    }
    if (allowed && !values.every(allowed.test)) {
      problems.push({ field: `${path}.${field}`, message: allowed.message });
      return undefined;
    }
    return values;
  };
  const ids = (field: 'listIds' | 'campaignIds' | 'institutionIds', required: string | null, table: RuleReference['table']) => {
    const values = list(field, required, { test: (value) => UUID.test(value), message: 'must contain only ids' })?.map((id) => id.toLowerCase());
    if (!values) return undefined;
    const unique = [...new Set(values)];
    references.push({ field: `${path}.${field}`, table, ids: unique });
    return unique;
  };

  switch (kind) {
    case AudienceRuleKind.AND:
    case AudienceRuleKind.OR:
    case AudienceRuleKind.NOT: {
      const rules = Array.isArray(rule.rules) ? rule.rules : [];
      if (kind === AudienceRuleKind.NOT && rules.length !== 1) {
        problems.push({ field: `${path}.rules`, message: 'must hold exactly one rule to negate' });
      } else if (rules.length === 0) {
        problems.push({ field: `${path}.rules`, message: 'must combine at least one rule' });
      }
      return { kind, rules: rules.map((child, index) => checkNode(child, `${path}.rules.${index}`, depth + 1, problems, references)) };
    }
    case AudienceRuleKind.LISTS:
      return compact({ kind, listIds: ids('listIds', 'must list at least one mailing list', 'mailing_lists') });
    case AudienceRuleKind.MEMBER_ORGANISATIONS:
      return compact({
        kind,
        organisationStatuses: list('organisationStatuses', null, oneOf(MembershipStatus, 'membership statuses')),
        countryCodes: list('countryCodes', null, COUNTRIES),
        organisationTypes: list('organisationTypes', null, oneOf(OrganisationType, 'organisation types')),
      });
    case AudienceRuleKind.CAMPAIGN_PARTICIPANTS:
    case AudienceRuleKind.CAMPAIGN_TARGETS:
      return compact({ kind, campaignIds: ids('campaignIds', 'must list at least one campaign', 'campaigns') });
    case AudienceRuleKind.POLICYMAKERS: {
      const hasInstitutions = Array.isArray(rule.institutionIds) && rule.institutionIds.length > 0;
      const hasKinds = Array.isArray(rule.institutionKinds) && rule.institutionKinds.length > 0;
      if (!hasInstitutions && !hasKinds) {
        problems.push({ field: `${path}.institutionIds`, message: 'must list at least one institution, or give institution kinds' });
        return rule;
      }
      const institutionIds = ids('institutionIds', null, 'institutions');
      return compact({
        kind,
        institutionIds,
        includeChildInstitutions: institutionIds ? rule.includeChildInstitutions === true : undefined,
        institutionKinds: list('institutionKinds', null, oneOf(InstitutionKind, 'institution kinds')),
      });
    }
    case AudienceRuleKind.COUNTRIES:
      return compact({ kind, countryCodes: list('countryCodes', 'must list at least one country', COUNTRIES) });
    case AudienceRuleKind.LANGUAGES:
      return compact({ kind, languages: list('languages', 'must list at least one language', oneOf(Language, 'languages')) });
    case AudienceRuleKind.TAGS:
      return compact({ kind, tags: list('tags', 'must list at least one tag') });
    default:
      problems.push({ field: `${path}.kind`, message: `must be one of ${Object.values(AudienceRuleKind).join(', ')}` });
      return rule;
  }
}

function compact(rule: AudienceRule): AudienceRule {
  return Object.fromEntries(Object.entries(rule).filter(([, value]) => value !== undefined)) as unknown as AudienceRule;
}
