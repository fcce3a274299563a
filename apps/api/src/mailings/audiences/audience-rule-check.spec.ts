import { AudienceRuleKind } from '@alliance/domain';
import { AudienceRule } from '../audience-rule';
import { checkAudienceRule, MAX_RULE_DEPTH, MAX_RULE_NODES } from './audience-rule-check';

const LIST = '0b3c1a4e-6f1d-4c59-9a53-6b1a9e0c2f11';
const CAMPAIGN = '5d0c8f7e-2a41-4b6e-8f53-0d9e2c7a4b21';
const INSTITUTION = '9e7a6b5c-4d3e-4f21-8a0b-1c2d3e4f5a61';

const nested = (levels: number): AudienceRule =>
  levels === 1 ? { kind: AudienceRuleKind.COUNTRIES, countryCodes: ['SD'] } : { kind: AudienceRuleKind.NOT, rules: [nested(levels - 1)] };

describe(checkAudienceRule.name, () => {
  it('should keep only the fields of each kind, trimmed and deduplicated, and collect the ids to check', () => {
    const { problems, rule, references } = checkAudienceRule({
      kind: AudienceRuleKind.AND,
      listIds: [LIST],
      rules: [
        { kind: AudienceRuleKind.LISTS, listIds: [LIST, LIST.toUpperCase()], tags: ['ignored'] },
        { kind: AudienceRuleKind.TAGS, tags: [' press ', 'press', 'ngo'] },
        { kind: AudienceRuleKind.POLICYMAKERS, institutionIds: [INSTITUTION], includeChildInstitutions: true, countryCodes: ['FR'] },
        { kind: AudienceRuleKind.POLICYMAKERS, institutionKinds: ['MINISTRY'], includeChildInstitutions: true },
        { kind: AudienceRuleKind.NOT, rules: [{ kind: AudienceRuleKind.CAMPAIGN_TARGETS, campaignIds: [CAMPAIGN] }] },
      ],
    });
    expect(problems).toEqual([]);
    expect(rule).toEqual({
      kind: AudienceRuleKind.AND,
      rules: [
        { kind: AudienceRuleKind.LISTS, listIds: [LIST] },
        { kind: AudienceRuleKind.TAGS, tags: ['press', 'ngo'] },
        { kind: AudienceRuleKind.POLICYMAKERS, institutionIds: [INSTITUTION], includeChildInstitutions: true },
        { kind: AudienceRuleKind.POLICYMAKERS, institutionKinds: ['MINISTRY'] },
        { kind: AudienceRuleKind.NOT, rules: [{ kind: AudienceRuleKind.CAMPAIGN_TARGETS, campaignIds: [CAMPAIGN] }] },
      ],
    });
    expect(references).toEqual([
      { field: 'rule.rules.0.listIds', table: 'mailing_lists', ids: [LIST] },
      { field: 'rule.rules.2.institutionIds', table: 'institutions', ids: [INSTITUTION] },
      { field: 'rule.rules.4.rules.0.campaignIds', table: 'campaigns', ids: [CAMPAIGN] },
    ]);
  });

  it('should accept member organisations with no filter (any member organisation)', () => {
    expect(checkAudienceRule({ kind: AudienceRuleKind.MEMBER_ORGANISATIONS }).problems).toEqual([]);
  });

  it('should name each field at fault by its path', () => {
    const { problems } = checkAudienceRule({
      kind: AudienceRuleKind.OR,
      rules: [
        { kind: AudienceRuleKind.AND, rules: [] },
        { kind: AudienceRuleKind.LISTS, listIds: [] },
        { kind: AudienceRuleKind.NOT, rules: [{ kind: AudienceRuleKind.LANGUAGES, languages: ['en'] }, { kind: AudienceRuleKind.TAGS, tags: ['x'] }] },
        { kind: AudienceRuleKind.CAMPAIGN_PARTICIPANTS },
        { kind: AudienceRuleKind.POLICYMAKERS, includeChildInstitutions: true },
        { kind: AudienceRuleKind.COUNTRIES, countryCodes: ['fr'] },
        { kind: AudienceRuleKind.MEMBER_ORGANISATIONS, organisationStatuses: ['MEMBER'] },
        { kind: AudienceRuleKind.LANGUAGES, languages: ['de'] },
        { kind: AudienceRuleKind.TAGS, tags: ['  '] },
        { kind: AudienceRuleKind.LISTS, listIds: ['not-an-id'] },
        { kind: AudienceRuleKind.POLICYMAKERS, institutionKinds: ['EMBASSY'] },
        { kind: AudienceRuleKind.MEMBER_ORGANISATIONS, organisationTypes: ['CHURCH'] },
      ],
    });
    expect(problems).toEqual([
      { field: 'rule.rules.0.rules', message: 'must combine at least one rule' },
      { field: 'rule.rules.1.listIds', message: 'must list at least one mailing list' },
      { field: 'rule.rules.2.rules', message: 'must hold exactly one rule to negate' },
      { field: 'rule.rules.3.campaignIds', message: 'must list at least one campaign' },
      { field: 'rule.rules.4.institutionIds', message: 'must list at least one institution, or give institution kinds' },
      { field: 'rule.rules.5.countryCodes', message: 'must contain two-letter country codes, e.g. "SD"' },
      { field: 'rule.rules.6.organisationStatuses', message: 'must contain only membership statuses: PROSPECT, APPLIED, ACTIVE, LAPSED, SUSPENDED, FORMER' },
      { field: 'rule.rules.7.languages', message: 'must contain only languages: en, fr' },
      { field: 'rule.rules.8.tags', message: 'must not contain empty items' },
      { field: 'rule.rules.9.listIds', message: 'must contain only ids' },
      { field: 'rule.rules.10.institutionKinds', message: expect.stringContaining('must contain only institution kinds: UN_ORGAN') },
      { field: 'rule.rules.11.organisationTypes', message: expect.stringContaining('must contain only organisation types: NGO') },
    ]);
  });

  it(`should allow ${MAX_RULE_DEPTH} levels and refuse one more, naming the node too deep`, () => {
    expect(checkAudienceRule(nested(MAX_RULE_DEPTH)).problems).toEqual([]);
    expect(checkAudienceRule(nested(MAX_RULE_DEPTH + 1)).problems).toEqual([
      { field: 'rule.rules.0.rules.0.rules.0.rules.0.rules.0.rules.0', message: `nests too deep: at most ${MAX_RULE_DEPTH} levels` },
    ]);
  });

  it(`should allow ${MAX_RULE_NODES} rules in all and refuse more`, () => {
    const leaves = (count: number) => Array.from({ length: count }, () => ({ kind: AudienceRuleKind.TAGS, tags: ['a'] }));
    expect(checkAudienceRule({ kind: AudienceRuleKind.OR, rules: [{ kind: AudienceRuleKind.OR, rules: leaves(49) }, { kind: AudienceRuleKind.OR, rules: leaves(48) }] }).problems).toEqual([]);
    expect(checkAudienceRule({ kind: AudienceRuleKind.OR, rules: [{ kind: AudienceRuleKind.OR, rules: leaves(50) }, { kind: AudienceRuleKind.OR, rules: leaves(48) }] }).problems).toEqual([
      { field: 'rule', message: `must have at most ${MAX_RULE_NODES} rules in all` },
    ]);
  });

  it('should refuse an unknown kind', () => {
    expect(checkAudienceRule({ kind: 'EVERYONE' as AudienceRuleKind }).problems).toEqual([{ field: 'rule.kind', message: expect.stringContaining('must be one of AND, OR, NOT') }]);
  });
});
