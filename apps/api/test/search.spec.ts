import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const SEARCH = 'query ($q: String!) { search(query: $q) { kind label detail score } }';

describe('Global search', () => {
  let testApp: TestApp;
  let member: GraphqlClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    const advocate = await testApp.signedIn(Role.ADVOCATE);
    await advocate.ok('mutation { createOrganisation(input: { name: "Collectif contre le Génocide", type: NGO }) { id } }');
    await advocate.ok('mutation { createContact(input: { firstName: "Hélène", lastName: "Nyiramasuhuko-Test" }) { id } }');
    member = await testApp.signedIn(Role.MEMBER);
  });

  afterAll(() => testApp.close());

  it('should find organisations, contacts and institutions with one misspelt, unaccented query, best first', async () => {
    const { search } = await member.ok<{ search: { kind: string; label: string; score: number }[] }>(SEARCH, { q: 'genocid' });
    expect(search.map((hit) => `${hit.kind}:${hit.label}`)).toEqual(
      expect.arrayContaining(['ORGANISATION:Collectif contre le Génocide', 'INSTITUTION:Office on Genocide Prevention and the Responsibility to Protect']),
    );
    const scores = search.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const person = await member.ok<{ search: { kind: string; label: string }[] }>(SEARCH, { q: 'helene nyiramasuhuko' });
    expect(person.search[0]).toMatchObject({ kind: 'CONTACT', label: 'Hélène Nyiramasuhuko-Test' });

    const french = await member.ok<{ search: { label: string }[] }>(SEARCH, { q: 'Conseil de sécurité' });
    expect(french.search[0].label).toBe('United Nations Security Council');
  });

  it('should refuse a one-letter query naming the field', async () => {
    const result = await member.query(SEARCH, { q: 'g' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
  });
});
