import { Role } from '@alliance/domain';
import { statementsOf } from './support/statement-count';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const CREATE = `mutation Create($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id name membershipStatus memberSince country { code nameFr region } }
}`;
const LIST = `query List($filter: OrganisationsFilter, $sort: OrganisationsSort, $first: Int, $after: String) {
  organisations(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name country { nameEn } membershipHistory { toStatus } } }
  }
}`;
const UPDATE = `mutation Update($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id city tags } }`;

interface ListResult {
  organisations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string; name: string } }[] };
}

describe('Organisations', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;

  async function create(input: Record<string, unknown>): Promise<string> {
    const { createOrganisation } = await coordinator.ok<{ createOrganisation: { id: string } }>(CREATE, { input });
    return createOrganisation.id;
  }

  async function names(filter: Record<string, unknown>, sort?: Record<string, unknown>): Promise<string[]> {
    const result = await coordinator.ok<ListResult>(LIST, { filter, sort });
    return result.organisations.edges.map((edge) => edge.node.name);
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    coordinator = await testApp.signedIn(Role.COORDINATOR);
  });

  afterAll(() => testApp.close());

  it('should create an organisation with its country, and start its membership history', async () => {
    const { createOrganisation } = await coordinator.ok<{ createOrganisation: Record<string, unknown> }>(CREATE, {
      input: { name: 'Genocide Watch', acronym: 'GW', type: 'NGO', countryCode: 'us', membershipStatus: 'ACTIVE', focusAreas: ['early warning'] },
    });
    expect(createOrganisation).toMatchObject({
      name: 'Genocide Watch',
      membershipStatus: 'ACTIVE',
      memberSince: new Date().toISOString().slice(0, 10),
      country: { code: 'US', nameFr: 'États-Unis', region: 'Americas' },
    });
  });

  it('should refuse bad input naming the field, and write nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'X', type: 'NGO', countryCode: 'ZZ' }, 'countryCode'],
      [{ name: 'X', type: 'NGO', website: 'javascript:alert(1)' }, 'website'],
      [{ name: 'Evil\u0000Name', type: 'NGO' }, 'name'],
      [{ name: '   ', type: 'NGO' }, 'name'],
      [{ name: 'X', type: 'NGO', tags: ['a'.repeat(61)] }, 'tags'],
      [{ name: 'X', type: 'NGO', languages: ['French'] }, 'languages'],
    ];
    for (const [input, field] of cases) {
      const result = await coordinator.query(CREATE, { input });
      expect({ field, error: result.errors?.[0].extensions }).toMatchObject({ field, error: { code: 'BAD_USER_INPUT', field } });
    }
    const unknownType = await coordinator.query(CREATE, { input: { name: 'X', type: 'CLUB' } });
    expect(unknownType.errors?.[0].extensions.code).toBeDefined();
    expect(unknownType.status).toBeLessThan(500);
    expect(await names({ search: 'X' })).toEqual([]);
  });

  it('should filter by country and status, sort by name, and page with cursors', async () => {
    for (const name of ['Darfur Women Action Group', 'Sudan Human Rights Hub', 'Aegis Trust Sudan', 'Nuba Reports']) {
      await create({ name, type: 'NGO', countryCode: 'SD', membershipStatus: 'ACTIVE' });
    }
    await create({ name: 'Khartoum Prospect', type: 'ACADEMIC', countryCode: 'SD' });
    const filter = { countryCodes: ['SD'], membershipStatuses: ['ACTIVE'] };
    const first = await coordinator.ok<ListResult>(LIST, { filter, first: 2 });
    expect(first.organisations.totalCount).toBe(4);
    const second = await coordinator.ok<ListResult>(LIST, { filter, first: 2, after: first.organisations.pageInfo.endCursor });
    expect([...first.organisations.edges, ...second.organisations.edges].map((edge) => edge.node.name)).toEqual([
      'Aegis Trust Sudan',
      'Darfur Women Action Group',
      'Nuba Reports',
      'Sudan Human Rights Hub',
    ]);
    expect(second.organisations.pageInfo.hasNextPage).toBe(false);
    expect(await names(filter, { field: 'NAME', direction: 'DESC' })).toEqual([
      'Sudan Human Rights Hub',
      'Nuba Reports',
      'Darfur Women Action Group',
      'Aegis Trust Sudan',
    ]);
  });

  it('should find organisations whatever the accents, case and small misspellings', async () => {
    await create({ name: 'Collectif contre le Génocide', type: 'NGO', countryCode: 'FR' });
    expect(await names({ search: 'genocide' })).toEqual(expect.arrayContaining(['Collectif contre le Génocide', 'Genocide Watch']));
    expect(await names({ search: 'GÉNOCIDE' })).toEqual(expect.arrayContaining(['Collectif contre le Génocide', 'Genocide Watch']));
    expect(await names({ search: 'genocde watch' })).toEqual(['Genocide Watch']);
    expect(await names({ search: '100%' })).toEqual([]);
  });

  it('should keep a dated history of membership status changes and set memberSince on joining', async () => {
    const id = await create({ name: 'Applicant Org', type: 'LEGAL', membershipStatus: 'APPLIED' });
    const change = 'mutation ($input: ChangeMembershipStatusInput!) { changeMembershipStatus(input: $input) { membershipStatus memberSince } }';
    const joined = await coordinator.ok<{ changeMembershipStatus: { memberSince: string } }>(change, {
      input: { organisationId: id, status: 'ACTIVE', memberSince: '2026-03-01', note: 'Approved by the board' },
    });
    expect(joined.changeMembershipStatus.memberSince).toBe('2026-03-01');
    await coordinator.ok(change, { input: { organisationId: id, status: 'LAPSED', note: 'Dues unpaid' } });
    const same = await coordinator.query(change, { input: { organisationId: id, status: 'LAPSED' } });
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const { organisation } = await coordinator.ok<{ organisation: { membershipHistory: { fromStatus: string | null; toStatus: string; note: string | null }[] } }>(
      'query ($id: ID!) { organisation(id: $id) { membershipHistory { fromStatus toStatus note changedAt } } }',
      { id },
    );
    expect(organisation.membershipHistory).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'APPLIED' }),
      expect.objectContaining({ fromStatus: 'APPLIED', toStatus: 'ACTIVE', note: 'Approved by the board' }),
      expect.objectContaining({ fromStatus: 'ACTIVE', toStatus: 'LAPSED', note: 'Dues unpaid' }),
    ]);
  });

  it("should let a member representative edit their own organisation's profile and nothing else", async () => {
    const own = await create({ name: 'Member Own Org', type: 'DIASPORA', membershipStatus: 'ACTIVE' });
    const other = await create({ name: 'Someone Else Org', type: 'NGO' });
    await testApp.createUser({ email: 'rep@member.test', role: Role.MEMBER, organisationId: own });
    const member = testApp.client();
    await member.signIn('rep@member.test');
    const edited = await member.ok<{ updateOrganisation: { city: string } }>(UPDATE, { input: { id: own, city: 'Kigali', tags: ['rwanda'] } });
    expect(edited.updateOrganisation.city).toBe('Kigali');
    const refused = await member.query(UPDATE, { input: { id: other, city: 'Nowhere' } });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const statusChange = await member.query(
      'mutation ($input: ChangeMembershipStatusInput!) { changeMembershipStatus(input: $input) { id } }',
      { input: { organisationId: own, status: 'FORMER' } },
    );
    expect(statusChange.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const { organisation } = await coordinator.ok<{ organisation: { city: string | null } }>('query ($id: ID!) { organisation(id: $id) { city } }', { id: other });
    expect(organisation.city).toBeNull();
  });

  it('should hide a deleted organisation everywhere and let a coordinator restore it within 30 days', async () => {
    const id = await create({ name: 'Soon Deleted Org', type: 'MEDIA' });
    await coordinator.ok('mutation ($id: ID!) { deleteOrganisation(id: $id) { id } }', { id });
    expect(await names({ search: 'Soon Deleted' })).toEqual([]);
    expect((await coordinator.ok<{ organisation: unknown }>('query ($id: ID!) { organisation(id: $id) { id } }', { id })).organisation).toBeNull();
    const deleted = await coordinator.ok<{ deletedOrganisations: { edges: { node: { id: string } }[] } }>('{ deletedOrganisations { edges { node { id } } } }');
    expect(deleted.deletedOrganisations.edges.map((edge) => edge.node.id)).toContain(id);
    await coordinator.ok('mutation ($id: ID!) { restoreOrganisation(id: $id) { id } }', { id });
    expect(await names({ search: 'Soon Deleted' })).toEqual(['Soon Deleted Org']);

    await coordinator.ok('mutation ($id: ID!) { deleteOrganisation(id: $id) { id } }', { id });
    await testApp.dataSource.query("UPDATE organisations SET deleted_at = now() - interval '31 days' WHERE id = $1", [id]);
    const late = await coordinator.query('mutation ($id: ID!) { restoreOrganisation(id: $id) { id } }', { id });
    expect(late.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('should run the same number of SQL statements for a page of 2 or of 20 organisations with nested fields', async () => {
    for (let index = 0; index < 20; index++) await create({ name: `Batch Org ${String(index).padStart(2, '0')}`, type: 'NGO', countryCode: 'KE' });
    const statements = (first: number) => statementsOf(coordinator, LIST, { filter: { search: 'Batch Org' }, first });
    expect(await statements(20)).toBe(await statements(2));
  });
});
