import { describe, expect, it } from 'vitest';
import {
  appendChild,
  audienceProblems,
  completeRuleInput,
  newGroup,
  newLeaf,
  recordIdsOf,
  removeNode,
  storedToInput,
  toRuleInput,
  treeFromRule,
  updateNode,
  type AudienceLeaf,
  type StoredRule,
} from './audienceTree';

const ACTION_ALERTS = { id: 'list-1', name: 'Action alerts' };
const EL_FASHER = { id: 'campaign-1', name: 'Protect civilians in El Fasher' };
const UN_SECURITY_COUNCIL = { id: 'institution-1', name: 'Security Council (UNSC)' };

describe('toRuleInput', () => {
  it('should send only the fields of the rule’s kind, even when other kinds were filled in before', () => {
    const rule = newLeaf('LISTS', { lists: [ACTION_ALERTS], campaigns: [EL_FASHER], tags: ['press'] });
    expect(toRuleInput(rule)).toEqual({ kind: 'LISTS', listIds: ['list-1'] });
  });

  it('should wrap a rule whose NOT is on in a NOT node', () => {
    expect(toRuleInput(newLeaf('LANGUAGES', { languages: ['FR'], negated: true }))).toEqual({
      kind: 'NOT',
      rules: [{ kind: 'LANGUAGES', languages: ['FR'] }],
    });
  });

  it('should turn groups into AND and OR, nested, with NOT around a negated group', () => {
    const tree = newGroup('ANY', [
      newLeaf('LISTS', { lists: [ACTION_ALERTS] }),
      newGroup(
        'ALL',
        [newLeaf('CAMPAIGN_TARGETS', { campaigns: [EL_FASHER] }), newLeaf('COUNTRIES', { countryCodes: ['SD', 'TD'], negated: true })],
        true,
      ),
    ]);
    expect(toRuleInput(tree)).toEqual({
      kind: 'OR',
      rules: [
        { kind: 'LISTS', listIds: ['list-1'] },
        {
          kind: 'NOT',
          rules: [
            {
              kind: 'AND',
              rules: [
                { kind: 'CAMPAIGN_TARGETS', campaignIds: ['campaign-1'] },
                { kind: 'NOT', rules: [{ kind: 'COUNTRIES', countryCodes: ['SD', 'TD'] }] },
              ],
            },
          ],
        },
      ],
    });
  });

  it('should leave out the empty parts of a member organisations rule and send nested institutions only with institutions', () => {
    expect(toRuleInput(newLeaf('MEMBER_ORGANISATIONS', { organisationStatuses: ['ACTIVE'] }))).toEqual({
      kind: 'MEMBER_ORGANISATIONS',
      organisationStatuses: ['ACTIVE'],
    });
    expect(toRuleInput(newLeaf('POLICYMAKERS', { institutionKinds: ['PARLIAMENT'] }))).toEqual({ kind: 'POLICYMAKERS', institutionKinds: ['PARLIAMENT'] });
    expect(toRuleInput(newLeaf('POLICYMAKERS', { institutions: [UN_SECURITY_COUNCIL], includeChildInstitutions: false }))).toEqual({
      kind: 'POLICYMAKERS',
      institutionIds: ['institution-1'],
      includeChildInstitutions: false,
    });
  });
});

describe('audienceProblems', () => {
  it('should name the rules with nothing chosen and the empty groups, and give no rule until they are fixed', () => {
    const emptyRule = newLeaf('TAGS');
    const emptyGroup = newGroup('ALL', []);
    const tree = newGroup('ALL', [newLeaf('LISTS', { lists: [ACTION_ALERTS] }), emptyRule, emptyGroup]);
    expect([...audienceProblems(tree)]).toEqual([
      [emptyRule.key, 'nothingChosen'],
      [emptyGroup.key, 'emptyGroup'],
    ]);
    expect(completeRuleInput(tree)).toBeNull();

    const fixed = removeNode(updateNode(tree, emptyRule.key, (node) => ({ ...(node as AudienceLeaf), tags: ['press'] })), emptyGroup.key);
    expect(completeRuleInput(fixed)).toEqual({
      kind: 'AND',
      rules: [
        { kind: 'LISTS', listIds: ['list-1'] },
        { kind: 'TAGS', tags: ['press'] },
      ],
    });
  });

  it('should accept a member organisations rule with nothing chosen (the members of today)', () => {
    expect(audienceProblems(newGroup('ALL', [newLeaf('MEMBER_ORGANISATIONS')])).size).toBe(0);
  });
});

describe('editing', () => {
  it('should add a rule to a nested group and remove it again without touching the rest', () => {
    const inner = newGroup('ANY', [newLeaf('TAGS', { tags: ['press'] })]);
    const tree = newGroup('ALL', [newLeaf('LISTS', { lists: [ACTION_ALERTS] }), inner]);
    const added = newLeaf('LANGUAGES', { languages: ['EN'] });
    const grown = appendChild(tree, inner.key, added);
    expect(toRuleInput(grown)).toEqual({
      kind: 'AND',
      rules: [
        { kind: 'LISTS', listIds: ['list-1'] },
        { kind: 'OR', rules: [{ kind: 'TAGS', tags: ['press'] }, { kind: 'LANGUAGES', languages: ['EN'] }] },
      ],
    });
    expect(grown.children[0]).toBe(tree.children[0]);
    expect(toRuleInput(removeNode(grown, added.key))).toEqual(toRuleInput(tree));
  });
});

describe('treeFromRule', () => {
  const names = {
    lists: new Map([['list-1', 'Action alerts']]),
    campaigns: new Map([['campaign-1', 'Protect civilians in El Fasher']]),
    institutions: new Map<string, string>(),
  };
  const stored: StoredRule = {
    kind: 'OR',
    listIds: null,
    rules: [
      { kind: 'LISTS', listIds: ['list-1'], tags: null },
      {
        kind: 'NOT',
        rules: [{ kind: 'AND', rules: [{ kind: 'CAMPAIGN_PARTICIPANTS', campaignIds: ['campaign-1'] }, { kind: 'NOT', rules: [{ kind: 'NOT', rules: [{ kind: 'TAGS', tags: ['press'] }] }] }] }],
      },
      { kind: 'POLICYMAKERS', institutionIds: ['institution-9'], includeChildInstitutions: false },
    ],
  };

  it('should rebuild groups, NOT switches and names, so that saving unchanged sends the same rule (double NOT cancels out)', () => {
    const tree = treeFromRule(stored, names);
    expect(tree.match).toBe('ANY');
    const [lists, negatedGroup, policymakers] = tree.children;
    expect(lists).toMatchObject({ type: 'rule', kind: 'LISTS', lists: [{ id: 'list-1', name: 'Action alerts' }], negated: false });
    expect(negatedGroup).toMatchObject({ type: 'group', match: 'ALL', negated: true });
    // An institution whose name could not be found shows as its id rather than disappear from the rule.
    expect(policymakers).toMatchObject({ kind: 'POLICYMAKERS', institutions: [{ id: 'institution-9', name: 'institution-9' }], includeChildInstitutions: false });
    expect(toRuleInput(tree)).toEqual({
      kind: 'OR',
      rules: [
        { kind: 'LISTS', listIds: ['list-1'] },
        { kind: 'NOT', rules: [{ kind: 'AND', rules: [{ kind: 'CAMPAIGN_PARTICIPANTS', campaignIds: ['campaign-1'] }, { kind: 'TAGS', tags: ['press'] }] }] },
        { kind: 'POLICYMAKERS', institutionIds: ['institution-9'], includeChildInstitutions: false },
      ],
    });
  });

  it('should put a rule that is not a group in one', () => {
    const tree = treeFromRule({ kind: 'TAGS', tags: ['press'] }, names);
    expect(toRuleInput(tree)).toEqual({ kind: 'AND', rules: [{ kind: 'TAGS', tags: ['press'] }] });
  });

  it('should find every id the rule names, once', () => {
    expect(recordIdsOf({ kind: 'AND', rules: [stored, { kind: 'LISTS', listIds: ['list-1', 'list-2'] }] })).toEqual({
      lists: ['list-1', 'list-2'],
      campaigns: ['campaign-1'],
      institutions: ['institution-9'],
    });
  });

  it('should read the languages of a saved rule, given back in lower case, as the API takes them', () => {
    const saved: StoredRule = { kind: 'LANGUAGES', languages: ['fr'] };
    expect(toRuleInput(treeFromRule(saved, names))).toEqual({ kind: 'AND', rules: [{ kind: 'LANGUAGES', languages: ['FR'] }] });
    expect(storedToInput(saved)).toEqual({ kind: 'LANGUAGES', languages: ['FR'] });
  });

  it('should give the API back a stored rule without its nulls', () => {
    expect(storedToInput({ kind: 'NOT', listIds: null, rules: [{ kind: 'LISTS', listIds: ['list-1'], tags: null }] })).toEqual({
      kind: 'NOT',
      rules: [{ kind: 'LISTS', listIds: ['list-1'] }],
    });
  });
});
