import type { AudienceRuleInput, AudienceRuleKind, Language } from '../../gql/graphql';

/** The rules that select contacts; AND, OR and NOT are the builder's groups and its NOT switch. */
export type AudienceLeafKind = Exclude<AudienceRuleKind, 'AND' | 'OR' | 'NOT'>;

export const AUDIENCE_LEAF_KINDS: readonly AudienceLeafKind[] = [
  'LISTS',
  'MEMBER_ORGANISATIONS',
  'CAMPAIGN_PARTICIPANTS',
  'CAMPAIGN_TARGETS',
  'POLICYMAKERS',
  'COUNTRIES',
  'LANGUAGES',
  'TAGS',
];

/** The languages a mail can be written in, which a LANGUAGES rule picks among. */
export const AUDIENCE_LANGUAGES: readonly Language[] = ['EN', 'FR'];

/**
 * Groups nest at most this deep (the root counts). A saved rule is read back through GraphQL, which cannot ask for
 * a tree of any depth and caps what a query may cost: five levels fit in its limits, which is a root group, one
 * level of groups inside it, and a NOT around each inner group and each rule.
 */
export const MAX_GROUP_DEPTH = 2;

/** A record a rule names, with the name the builder shows for it. */
export interface RecordChoice {
  id: string;
  name: string;
}

/**
 * A rule that selects contacts. It keeps the choices of every kind, so switching the kind back and forth loses
 * nothing; only those of its kind are sent.
 */
export interface AudienceLeaf {
  type: 'rule';
  key: string;
  kind: AudienceLeafKind;
  /** NOT: those who match are left out. */
  negated: boolean;
  lists: RecordChoice[];
  campaigns: RecordChoice[];
  institutions: RecordChoice[];
  includeChildInstitutions: boolean;
  institutionKinds: string[];
  organisationStatuses: string[];
  organisationTypes: string[];
  countryCodes: string[];
  languages: Language[];
  tags: string[];
}

/** Rules combined: everyone matching all of them (AND) or any of them (OR); NOT leaves out those who match. */
export interface AudienceGroup {
  type: 'group';
  key: string;
  match: 'ALL' | 'ANY';
  negated: boolean;
  children: AudienceNode[];
}

export type AudienceNode = AudienceGroup | AudienceLeaf;

let lastKey = 0;
/** Keys tell React which editor is which while rules are added and removed; they are never sent. */
const newKey = () => `audience-node-${++lastKey}`;

export function newLeaf(kind: AudienceLeafKind = 'LISTS', choices: Partial<Omit<AudienceLeaf, 'type' | 'key'>> = {}): AudienceLeaf {
  return {
    type: 'rule',
    key: newKey(),
    kind,
    negated: false,
    lists: [],
    campaigns: [],
    institutions: [],
    includeChildInstitutions: true,
    institutionKinds: [],
    organisationStatuses: [],
    organisationTypes: [],
    countryCodes: [],
    languages: [],
    tags: [],
    ...choices,
  };
}

export function newGroup(match: AudienceGroup['match'] = 'ALL', children: AudienceNode[] = [], negated = false): AudienceGroup {
  return { type: 'group', key: newKey(), match, negated, children };
}

/** What a new audience starts with: one rule to fill in. */
export function newAudienceTree(): AudienceGroup {
  return newGroup('ALL', [newLeaf()]);
}

const ids = (choices: readonly RecordChoice[]) => choices.map((choice) => choice.id);

/** Only the lists that were filled in: an empty list would read as "none of them". */
function nonEmpty<Field extends string, Value>(field: Field, values: readonly Value[]): Partial<Record<Field, Value[]>> {
  return values.length > 0 ? ({ [field]: [...values] } as Record<Field, Value[]>) : {};
}

function leafInput(leaf: AudienceLeaf): AudienceRuleInput {
  const { kind } = leaf;
  switch (kind) {
    case 'LISTS':
      return { kind, listIds: ids(leaf.lists) };
    case 'MEMBER_ORGANISATIONS':
      return {
        kind,
        ...nonEmpty('organisationStatuses', leaf.organisationStatuses),
        ...nonEmpty('countryCodes', leaf.countryCodes),
        ...nonEmpty('organisationTypes', leaf.organisationTypes),
      };
    case 'CAMPAIGN_PARTICIPANTS':
    case 'CAMPAIGN_TARGETS':
      return { kind, campaignIds: ids(leaf.campaigns) };
    case 'POLICYMAKERS':
      return {
        kind,
        ...nonEmpty('institutionIds', ids(leaf.institutions)),
        ...(leaf.institutions.length > 0 ? { includeChildInstitutions: leaf.includeChildInstitutions } : {}),
        ...nonEmpty('institutionKinds', leaf.institutionKinds),
      };
    case 'COUNTRIES':
      return { kind, countryCodes: [...leaf.countryCodes] };
    case 'LANGUAGES':
      return { kind, languages: [...leaf.languages] };
    case 'TAGS':
      return { kind, tags: [...leaf.tags] };
  }
}

/** The rule the API takes for a node of the builder: groups become AND/OR, the NOT switch a NOT around the node. */
export function toRuleInput(node: AudienceNode): AudienceRuleInput {
  const rule: AudienceRuleInput =
    node.type === 'group' ? { kind: node.match === 'ALL' ? 'AND' : 'OR', rules: node.children.map(toRuleInput) } : leafInput(node);
  return node.negated ? { kind: 'NOT', rules: [rule] } : rule;
}

/** Why a node cannot be counted or saved yet; the builder says it beside the node. */
export type AudienceProblem = 'emptyGroup' | 'nothingChosen';

/** What a rule of this kind must have chosen to select anyone. */
function leafProblem(leaf: AudienceLeaf): AudienceProblem | null {
  switch (leaf.kind) {
    case 'LISTS':
      return leaf.lists.length > 0 ? null : 'nothingChosen';
    case 'CAMPAIGN_PARTICIPANTS':
    case 'CAMPAIGN_TARGETS':
      return leaf.campaigns.length > 0 ? null : 'nothingChosen';
    case 'POLICYMAKERS':
      return leaf.institutions.length > 0 || leaf.institutionKinds.length > 0 ? null : 'nothingChosen';
    case 'COUNTRIES':
      return leaf.countryCodes.length > 0 ? null : 'nothingChosen';
    case 'LANGUAGES':
      return leaf.languages.length > 0 ? null : 'nothingChosen';
    case 'TAGS':
      return leaf.tags.length > 0 ? null : 'nothingChosen';
    // No status, country or type chosen: the people of every organisation that is a member today.
    case 'MEMBER_ORGANISATIONS':
      return null;
  }
}

/** Each node that is not ready yet, by key. */
export function audienceProblems(node: AudienceNode): Map<string, AudienceProblem> {
  const problems = new Map<string, AudienceProblem>();
  const visit = (current: AudienceNode) => {
    if (current.type === 'rule') {
      const problem = leafProblem(current);
      if (problem) problems.set(current.key, problem);
      return;
    }
    if (current.children.length === 0) problems.set(current.key, 'emptyGroup');
    current.children.forEach(visit);
  };
  visit(node);
  return problems;
}

/** The rule, if every node is ready: what the live count and saving need. */
export function completeRuleInput(tree: AudienceGroup): AudienceRuleInput | null {
  return audienceProblems(tree).size === 0 ? toRuleInput(tree) : null;
}

// ---- Editing (every change gives a new tree: React sees what changed) --------------------------------------------

export function updateNode(tree: AudienceGroup, key: string, change: (node: AudienceNode) => AudienceNode): AudienceGroup {
  const visit = (node: AudienceNode): AudienceNode => {
    if (node.key === key) return change(node);
    if (node.type === 'rule') return node;
    const children = node.children.map(visit);
    return children.every((child, index) => child === node.children[index]) ? node : { ...node, children };
  };
  return visit(tree) as AudienceGroup;
}

export function removeNode(tree: AudienceGroup, key: string): AudienceGroup {
  const visit = (group: AudienceGroup): AudienceGroup => ({
    ...group,
    children: group.children.filter((child) => child.key !== key).map((child) => (child.type === 'group' ? visit(child) : child)),
  });
  return visit(tree);
}

export function appendChild(tree: AudienceGroup, groupKey: string, child: AudienceNode): AudienceGroup {
  return updateNode(tree, groupKey, (node) => (node.type === 'group' ? { ...node, children: [...node.children, child] } : node));
}

// ---- From a saved audience ---------------------------------------------------------------------------------------

/** A rule as the API gives it back (ids only; nulls for the fields of other kinds). */
export interface StoredRule {
  kind: AudienceRuleKind;
  rules?: readonly StoredRule[] | null;
  listIds?: readonly string[] | null;
  organisationStatuses?: readonly string[] | null;
  organisationTypes?: readonly string[] | null;
  campaignIds?: readonly string[] | null;
  institutionIds?: readonly string[] | null;
  includeChildInstitutions?: boolean | null;
  institutionKinds?: readonly string[] | null;
  countryCodes?: readonly string[] | null;
  languages?: readonly string[] | null;
  tags?: readonly string[] | null;
}

/** The names of the records a stored rule names by id; an id without a name shows as the id. */
export interface RuleRecordNames {
  lists: ReadonlyMap<string, string>;
  campaigns: ReadonlyMap<string, string>;
  institutions: ReadonlyMap<string, string>;
}

/**
 * The API takes languages as its Language enum (EN, FR) but gives a saved rule's languages back as stored, in the
 * directory's codes (en, fr): both read as the enum here.
 */
function storedLanguages(values: readonly string[] | null | undefined): Language[] {
  return (values ?? []).map((language) => language.toUpperCase()).filter((language): language is Language => (AUDIENCE_LANGUAGES as readonly string[]).includes(language));
}

const named = (values: readonly string[] | null | undefined, names: ReadonlyMap<string, string>): RecordChoice[] =>
  (values ?? []).map((id) => ({ id, name: names.get(id) ?? id }));

function fromStored(rule: StoredRule, names: RuleRecordNames, negated: boolean): AudienceNode {
  if (rule.kind === 'NOT') {
    const [inner] = rule.rules ?? [];
    // NOT around NOT cancels out.
    return inner ? fromStored(inner, names, !negated) : newGroup('ALL', [], negated);
  }
  if (rule.kind === 'AND' || rule.kind === 'OR') {
    return newGroup(rule.kind === 'AND' ? 'ALL' : 'ANY', (rule.rules ?? []).map((child) => fromStored(child, names, false)), negated);
  }
  return newLeaf(rule.kind, {
    negated,
    lists: named(rule.listIds, names.lists),
    campaigns: named(rule.campaignIds, names.campaigns),
    institutions: named(rule.institutionIds, names.institutions),
    includeChildInstitutions: rule.includeChildInstitutions ?? true,
    institutionKinds: [...(rule.institutionKinds ?? [])],
    organisationStatuses: [...(rule.organisationStatuses ?? [])],
    organisationTypes: [...(rule.organisationTypes ?? [])],
    countryCodes: [...(rule.countryCodes ?? [])],
    languages: storedLanguages(rule.languages),
    tags: [...(rule.tags ?? [])],
  });
}

/** The builder's tree for a saved rule; a rule that is not a group is put in one. */
export function treeFromRule(rule: StoredRule, names: RuleRecordNames): AudienceGroup {
  const node = fromStored(rule, names, false);
  return node.type === 'group' ? node : newGroup('ALL', [node]);
}

/** The ids a stored rule names, by kind of record, to look their names up before building the tree. */
export function recordIdsOf(rule: StoredRule): { lists: string[]; campaigns: string[]; institutions: string[] } {
  const found = { lists: new Set<string>(), campaigns: new Set<string>(), institutions: new Set<string>() };
  const visit = (node: StoredRule) => {
    node.listIds?.forEach((id) => found.lists.add(id));
    node.campaignIds?.forEach((id) => found.campaigns.add(id));
    node.institutionIds?.forEach((id) => found.institutions.add(id));
    node.rules?.forEach(visit);
  };
  visit(rule);
  return { lists: [...found.lists], campaigns: [...found.campaigns], institutions: [...found.institutions] };
}

/** The rule as the API takes it again, from what it gave back (no __typename, no nulls). */
export function storedToInput(rule: StoredRule): AudienceRuleInput {
  const input: AudienceRuleInput = { kind: rule.kind };
  const copy = <Field extends keyof StoredRule & keyof AudienceRuleInput>(field: Field) => {
    const value = rule[field];
    if (value !== null && value !== undefined) (input as Record<string, unknown>)[field] = Array.isArray(value) ? [...value] : value;
  };
  (['listIds', 'organisationStatuses', 'organisationTypes', 'campaignIds', 'institutionIds', 'includeChildInstitutions', 'institutionKinds', 'countryCodes', 'tags'] as const).forEach(copy);
  if (rule.languages) input.languages = storedLanguages(rule.languages);
  if (rule.rules) input.rules = rule.rules.map(storedToInput);
  return input;
}

/** How deep a group is nested (the root is 1). */
export function groupDepth(tree: AudienceGroup, key: string): number {
  const visit = (group: AudienceGroup, depth: number): number | null => {
    if (group.key === key) return depth;
    for (const child of group.children) {
      if (child.type !== 'group') continue;
      const found = visit(child, depth + 1);
      if (found !== null) return found;
    }
    return null;
  };
  return visit(tree, 1) ?? 1;
}
