import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { AudienceRuleInput } from '../../../../gql/graphql';
import { seriousAxeViolations } from '../../../../test/axe';
import { countriesMock } from '../../../../test/directory-fixtures';
import { renderWithProviders } from '../../../../test/render';
import { newAudienceTree, toRuleInput, treeFromRule, type AudienceGroup } from '../../audienceTree';
import { aMailingList, listPickerMock } from '../../testing/mailing-fixtures';
import { AudienceBuilder } from './AudienceBuilder';

/** The builder as a form holds it, recording the rule the API would get after each change. */
function Harness({ start, rules }: { start: AudienceGroup; rules: AudienceRuleInput[] }) {
  const [tree, setTree] = useState(start);
  return (
    <main>
      <AudienceBuilder
        value={tree}
        onChange={(next) => {
          setTree(next);
          rules.push(toRuleInput(next));
        }}
      />
    </main>
  );
}

const ACTION_ALERTS = aMailingList();
const NEWSLETTER = aMailingList({ id: 'list-2', name: 'Newsletter' });

describe('AudienceBuilder', () => {
  it('should build OR of a list, NOT French readers and a nested AND group with a tag', async () => {
    const rules: AudienceRuleInput[] = [];
    const { user } = renderWithProviders(<Harness start={newAudienceTree()} rules={rules} />, { mocks: [listPickerMock([ACTION_ALERTS, NEWSLETTER])] });

    // Rule 1: subscribers of "Action alerts".
    const first = screen.getByRole('group', { name: 'Rule 1' });
    await user.click(within(first).getByRole('combobox', { name: 'Lists' }));
    await user.click(await screen.findByRole('option', { name: 'Action alerts' }));
    expect(within(first).getByRole('button', { name: 'Action alerts' })).toBeInTheDocument();

    // Any of the rules, not all.
    await user.click(screen.getByRole('button', { name: 'Any of these (OR)' }));

    // Rule 2: NOT those who read French.
    await user.click(screen.getByRole('button', { name: 'Add a rule' }));
    const second = screen.getByRole('group', { name: 'Rule 2' });
    expect(second).toHaveAccessibleDescription('Choose at least one value for this rule.');
    await user.click(within(second).getByRole('combobox', { name: 'What Rule 2 selects' }));
    await user.click(screen.getByRole('option', { name: 'People reading languages' }));
    await user.click(within(second).getByRole('combobox', { name: 'Languages' }));
    await user.click(screen.getByRole('option', { name: 'French' }));
    await user.click(within(second).getByRole('switch', { name: 'NOT: leave out those who match' }));
    expect(second).not.toHaveAccessibleDescription();

    // Group 3, inside: people tagged "press" (a nested group matches all by default under an "any" group).
    await user.click(screen.getByRole('button', { name: 'Add a group' }));
    const group = screen.getByRole('group', { name: 'Group 3' });
    const nested = within(group).getByRole('group', { name: 'Rule 3.1' });
    await user.click(within(nested).getByRole('combobox', { name: 'What Rule 3.1 selects' }));
    await user.click(screen.getByRole('option', { name: 'People with tags' }));
    await user.type(within(nested).getByRole('combobox', { name: 'Tags' }), 'press{Enter}');

    expect(rules.at(-1)).toEqual({
      kind: 'OR',
      rules: [
        { kind: 'LISTS', listIds: ['list-1'] },
        { kind: 'NOT', rules: [{ kind: 'LANGUAGES', languages: ['FR'] }] },
        { kind: 'AND', rules: [{ kind: 'TAGS', tags: ['press'] }] },
      ],
    });
    document.title = 'New audience';
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should negate a nested group and remove a rule', async () => {
    const rules: AudienceRuleInput[] = [];
    const start = treeFromRule(
      {
        kind: 'AND',
        rules: [
          { kind: 'COUNTRIES', countryCodes: ['SD'] },
          { kind: 'OR', rules: [{ kind: 'TAGS', tags: ['press'] }, { kind: 'TAGS', tags: ['donor'] }] },
        ],
      },
      { lists: new Map(), campaigns: new Map(), institutions: new Map() },
    );
    const { user } = renderWithProviders(<Harness start={start} rules={rules} />, { mocks: [countriesMock()] });

    expect(await screen.findByRole('button', { name: 'Sudan' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Group 2' });
    await user.click(within(group).getByRole('switch', { name: 'NOT: leave out those who match the group' }));
    await user.click(within(group).getByRole('button', { name: 'Remove Rule 2.1' }));

    expect(rules.at(-1)).toEqual({
      kind: 'AND',
      rules: [
        { kind: 'COUNTRIES', countryCodes: ['SD'] },
        { kind: 'NOT', rules: [{ kind: 'OR', rules: [{ kind: 'TAGS', tags: ['donor'] }] }] },
      ],
    });
    // What is left of the group was renumbered.
    expect(within(group).getByRole('group', { name: 'Rule 2.1' })).toBeInTheDocument();
  });

  it('should say when a group has no rule left', async () => {
    const { user } = renderWithProviders(<Harness start={newAudienceTree()} rules={[]} />);
    await user.click(screen.getByRole('button', { name: 'Remove Rule 1' }));
    expect(screen.getByRole('group', { name: 'Recipients match' })).toHaveAccessibleDescription('Add a rule to this group, or remove it.');
  });
});
