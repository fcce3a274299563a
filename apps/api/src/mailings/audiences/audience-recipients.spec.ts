import { AudienceRuleKind } from '@alliance/domain';
import { AudienceRule } from '../audience-rule';
import { recipientsSql } from './audience-recipients';

const LIST = '0b3c1a4e-6f1d-4c59-9a53-6b1a9e0c2f11';
const HOSTILE = "x'); DROP TABLE contacts; --";

describe(recipientsSql.name, () => {
  it('should bind every value as a parameter after those already there, never in the SQL text', () => {
    const rule: AudienceRule = {
      kind: AudienceRuleKind.AND,
      rules: [
        { kind: AudienceRuleKind.TAGS, tags: [HOSTILE] },
        { kind: AudienceRuleKind.NOT, rules: [{ kind: AudienceRuleKind.COUNTRIES, countryCodes: ['SD'] }] },
        { kind: AudienceRuleKind.OR, rules: [{ kind: AudienceRuleKind.LANGUAGES, languages: ['fr'] }, { kind: AudienceRuleKind.MEMBER_ORGANISATIONS }] },
      ],
    };
    const params: unknown[] = ['already there'];
    const sql = recipientsSql(LIST, rule, params);
    expect(params).toEqual(['already there', LIST, [HOSTILE], ['SD'], ['fr'], ['ACTIVE']]);
    expect(sql).not.toContain(HOSTILE);
    expect(sql).not.toContain(LIST);
    expect(sql).not.toContain('$1::');
    expect(sql.match(/\$\d+/g)).toEqual(['$2', '$3', '$4', '$5', '$6']);
  });

  it('should share one parameter between the two ways a campaign targets someone', () => {
    const params: unknown[] = [];
    const sql = recipientsSql(LIST, { kind: AudienceRuleKind.CAMPAIGN_TARGETS, campaignIds: [LIST] }, params);
    expect(params).toHaveLength(2);
    expect(sql.match(/\$2::uuid\[\]/g)).toHaveLength(2);
  });

  it('should refuse a malformed rule before building any SQL', () => {
    const params: unknown[] = [];
    expect(() => recipientsSql(LIST, { kind: AudienceRuleKind.AND, rules: [{ kind: AudienceRuleKind.LISTS }] }, params)).toThrow(
      'rule.rules.0.listIds: must list at least one mailing list',
    );
    expect(params).toEqual([]);
  });
});
