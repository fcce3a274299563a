import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../../../test/axe';
import { apiError, aUser } from '../../../test/fixtures';
import type { RenderOptions } from '../../../test/render';
import { renderAsUser } from '../../../test/renderAsUser';
import { ADD_RELATIONSHIP_MUTATION } from '../graphql/add-relationship.mutation';
import { CONTACT_PICKER_OPTIONS_QUERY } from '../graphql/contact-picker-options.query';
import { CONTACT_RELATIONSHIPS_QUERY } from '../graphql/contact-relationships.query';
import { REMOVE_RELATIONSHIP_MUTATION } from '../graphql/remove-relationship.mutation';
import { RelationshipsSection } from './RelationshipsSection';

const advocate = aUser({ id: 'user-2', name: 'Jean Mukendi', role: 'ADVOCATE' });
const member = aUser({ id: 'user-3', name: 'Awa Traoré', role: 'MEMBER', organisationId: 'org-9' });
const person = (id: string, firstName: string, lastName: string) => ({ __typename: 'Contact' as const, id, firstName, lastName });
const minister = person('contact-1', 'Catherine', 'Colonna');
const adviser = person('contact-2', 'Paul', 'Martin');
const chief = person('contact-3', 'Léa', 'Dubois');

const relationship = (id: string, from: typeof minister, kind: string, to: typeof minister, extra: object = {}) => ({
  __typename: 'Relationship' as const,
  id,
  kind,
  startDate: null,
  endDate: null,
  note: null,
  fromContactId: from.id,
  toContactId: to.id,
  fromContact: from,
  toContact: to,
  ...extra,
});

function relationshipsMock(list: ReturnType<typeof relationship>[]) {
  return {
    request: { query: CONTACT_RELATIONSHIPS_QUERY, variables: { id: minister.id } },
    result: { data: { contact: { __typename: 'Contact', id: minister.id, relationships: list } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const links = [relationship('rel-1', adviser, 'ADVISES', minister, { startDate: '2024-01-15', note: 'Met at the Geneva side event' })];

function renderSection(user: typeof advocate, mocks: RenderOptions['mocks']) {
  return renderAsUser(<RelationshipsSection contact={{ ...minister, deletedAt: null }} />, user, { mocks });
}

describe('RelationshipsSection', () => {
  it('should read each link as a sentence, linking the other person', async () => {
    renderSection(member, [relationshipsMock(links)]);

    const item = await screen.findByRole('listitem');
    expect(item).toHaveTextContent('Paul Martin advises Catherine Colonna');
    expect(item).toHaveTextContent('since Jan 15, 2024 · Met at the Geneva side event');
    expect(within(item).getByRole('link', { name: 'Paul Martin' })).toHaveAttribute('href', '/contacts/contact-2');
    expect(within(item).queryByRole('link', { name: 'Catherine Colonna' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a relationship' })).not.toBeInTheDocument();
    document.title = 'Catherine Colonna';
    expect(await seriousAxeViolations()).toEqual([]);
  });

  it('should add a link in the direction chosen, showing the API’s reason under the field it names', async () => {
    const input = { fromContactId: chief.id, toContactId: minister.id, kind: 'CHIEF_OF_STAFF_OF', startDate: '2025-09-01' };
    const { user } = renderSection(advocate, [
      relationshipsMock(links),
      {
        request: { query: CONTACT_PICKER_OPTIONS_QUERY, variables: { first: 20, filter: {} } },
        result: { data: { contacts: { __typename: 'ContactConnection', edges: [minister, adviser, chief].map((node) => ({ __typename: 'ContactEdge', node })) } } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: { query: ADD_RELATIONSHIP_MUTATION, variables: { input: { ...input, startDate: '2030-01-01' } } },
        result: { errors: [apiError('BAD_USER_INPUT', 'startDate: must not be in the future', { field: 'startDate' })] },
      },
      {
        request: { query: ADD_RELATIONSHIP_MUTATION, variables: { input } },
        result: { data: { addRelationship: { __typename: 'Relationship', id: 'rel-2' } } },
      },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Add a relationship' }));
    const dialog = screen.getByRole('dialog', { name: 'Link Catherine Colonna to someone' });
    await user.click(within(dialog).getByRole('combobox', { name: /Other person/ }));
    const options = await screen.findAllByRole('option');
    // The contact whose page this is cannot be linked to themselves.
    expect(options.map((option) => option.textContent)).toEqual(['Paul Martin', 'Léa Dubois']);
    await user.click(screen.getByRole('option', { name: 'Léa Dubois' }));
    await user.click(within(dialog).getByRole('combobox', { name: /Relationship/ }));
    await user.click(await screen.findByRole('option', { name: 'is chief of staff to' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Léa Dubois is chief of staff to Catherine Colonna' }));
    const since = within(dialog).getByLabelText('Since');
    await user.type(since, '2030-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Add relationship' }));
    expect(await within(dialog).findByText('Must not be in the future')).toBeInTheDocument();
    expect(since).toBeInvalid();

    await user.clear(since);
    await user.type(since, '2025-09-01');
    await user.click(within(dialog).getByRole('button', { name: 'Add relationship' }));
    expect(await screen.findByText('Recorded: Léa Dubois is chief of staff to Catherine Colonna.')).toBeInTheDocument();
  });

  it('should remove a link after confirmation', async () => {
    const { user } = renderSection(advocate, [
      relationshipsMock(links),
      { request: { query: REMOVE_RELATIONSHIP_MUTATION, variables: { id: 'rel-1' } }, result: { data: { removeRelationship: true } } },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Remove: Paul Martin advises Catherine Colonna' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove this relationship?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Removed: Paul Martin advises Catherine Colonna.')).toBeInTheDocument();
  });
});
