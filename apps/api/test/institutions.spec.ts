import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const INSTITUTIONS = `query ($filter: InstitutionsFilter) { institutions(filter: $filter) { totalCount edges { node { id name referenceKey } } } }`;
const POLICYMAKERS = `query ($filter: PolicymakersFilter, $first: Int, $after: String) {
  policymakers(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { title isCurrent contact { lastName } institution { name } } }
  }
}`;
const ADD_POSITION = `mutation ($input: AddPositionInput!) { addPosition(input: $input) { id isCurrent endDate } }`;

interface PolicymakerPage {
  policymakers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { title: string; contact: { lastName: string }; institution: { name: string } } }[] };
}

describe('Institutions, positions and policymakers', () => {
  let testApp: TestApp;
  let advocate: GraphqlClient;
  const ids: Record<string, string> = {};

  async function institutionId(referenceKey: string): Promise<string> {
    const { institutions } = await advocate.ok<{ institutions: { edges: { node: { id: string; referenceKey: string } }[] } }>(INSTITUTIONS, {
      filter: {},
    });
    const all = [...institutions.edges];
    const found = all.find((edge) => edge.node.referenceKey === referenceKey);
    if (!found) throw new Error(`No seeded institution ${referenceKey}`);
    return found.node.id;
  }

  async function contact(firstName: string, lastName: string): Promise<string> {
    const { createContact } = await advocate.ok<{ createContact: { id: string } }>('mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }', {
      input: { firstName, lastName },
    });
    return createContact.id;
  }

  async function policymakers(filter: Record<string, unknown>): Promise<string[]> {
    const page = await advocate.ok<PolicymakerPage>(POLICYMAKERS, { filter });
    return page.policymakers.edges.map((edge) => `${edge.node.contact.lastName} @ ${edge.node.institution.name}`);
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    advocate = await testApp.signedIn(Role.ADVOCATE);
    for (const key of ['un', 'un-security-council', 'un-osapg', 'mission-fr-un', 'au-psc', 'un-secretariat']) ids[key] = await institutionId(key);
  });

  afterAll(() => testApp.close());

  it('should ship real public institutions, nested, found in English or French without accents', async () => {
    const { institution } = await advocate.ok<{ institution: { parent: { name: string }; children: { name: string }[] } }>(
      'query ($id: ID!) { institution(id: $id) { parent { name } children { name } } }',
      { id: ids['un-secretariat'] },
    );
    expect(institution.parent.name).toBe('United Nations');
    expect(institution.children.map((child) => child.name)).toEqual(
      expect.arrayContaining(['Office on Genocide Prevention and the Responsibility to Protect']),
    );
    const french = await advocate.ok<{ institutions: { edges: { node: { name: string } }[] } }>(INSTITUTIONS, {
      filter: { search: 'conseil de securite' },
    });
    expect(french.institutions.edges.map((edge) => edge.node.name)).toContain('United Nations Security Council');
  });

  it('should list policymakers of an institution including everything nested under it', async () => {
    const special = await contact('Adama', 'Dieng-Test');
    const ambassador = await contact('Nicolas', 'Rivière-Test');
    const commissioner = await contact('Bankole', 'Adeoye-Test');
    await advocate.ok(ADD_POSITION, { input: { contactId: special, institutionId: ids['un-osapg'], title: 'Special Adviser', startDate: '2024-01-01' } });
    await advocate.ok(ADD_POSITION, { input: { contactId: ambassador, institutionId: ids['mission-fr-un'], title: 'Ambassador', startDate: '2023-06-01' } });
    await advocate.ok(ADD_POSITION, { input: { contactId: commissioner, institutionId: ids['au-psc'], title: 'Commissioner', startDate: '2021-02-01' } });

    expect(await policymakers({ institutionId: ids['un'] })).toEqual(['Dieng-Test @ Office on Genocide Prevention and the Responsibility to Protect']);
    expect(await policymakers({ institutionKinds: ['PERMANENT_MISSION'] })).toEqual(['Rivière-Test @ Permanent Mission of France to the United Nations']);
    expect(await policymakers({ countryCodes: ['FR'] })).toEqual(['Rivière-Test @ Permanent Mission of France to the United Nations']);
    expect((await policymakers({})).length).toBe(3);
  });

  it('should answer who sits on the Security Council and who presides on a given day, with sources', async () => {
    const seatsOn = async (day: string) =>
      (
        await advocate.ok<{ seats: { role: string; source: string; member: { countryCode: string } }[] }>(
          'query ($body: ID!, $on: String) { seats(bodyId: $body, on: $on) { role source member { countryCode } } }',
          { body: ids['un-security-council'], on: day },
        )
      ).seats;
    const january2026 = await seatsOn('2026-01-15');
    expect(january2026.filter((seat) => seat.role !== 'PRESIDENCY')).toHaveLength(15);
    expect(january2026.find((seat) => seat.role === 'PRESIDENCY')?.member.countryCode).toBe('SO');
    expect(january2026.every((seat) => seat.source?.startsWith('https://'))).toBe(true);
    const members2027 = (await seatsOn('2027-01-15')).map((seat) => `${seat.role}:${seat.member.countryCode}`).sort();
    expect(members2027).toEqual(
      ['PERMANENT_MEMBER:CN', 'PERMANENT_MEMBER:FR', 'PERMANENT_MEMBER:GB', 'PERMANENT_MEMBER:RU', 'PERMANENT_MEMBER:US',
        'ELECTED_MEMBER:BH', 'ELECTED_MEMBER:CD', 'ELECTED_MEMBER:CO', 'ELECTED_MEMBER:LR', 'ELECTED_MEMBER:LV'].sort(),
    );
  });

  it('should list the policymakers a campaign targets, directly or through their institution', async () => {
    const { createCampaign } = await advocate.ok<{ createCampaign: { id: string } }>('mutation { createCampaign(input: { name: "Referral" }) { id } }');
    await advocate.ok('mutation ($input: AddTargetInput!) { addTarget(input: $input) { id } }', { input: { campaignId: createCampaign.id, institutionId: ids['au-psc'] } });
    expect(await policymakers({ campaignId: createCampaign.id })).toEqual(['Adeoye-Test @ African Union Peace and Security Council']);
  });

  it('should count the people of missions seated on the Security Council among its policymakers', async () => {
    const names = await policymakers({ institutionId: ids['un-security-council'] });
    expect(names).toContain('Rivière-Test @ Permanent Mission of France to the United Nations');
    expect(names).not.toContain('Adeoye-Test @ African Union Peace and Security Council');
  });

  it('should close the old position on a job change and keep the history', async () => {
    const diplomat = await contact('Mariam', 'Changer-Test');
    await advocate.ok(ADD_POSITION, { input: { contactId: diplomat, institutionId: ids['mission-fr-un'], title: 'Deputy', startDate: '2020-01-01' } });
    await advocate.ok(ADD_POSITION, {
      input: { contactId: diplomat, institutionId: ids['un-osapg'], title: 'Senior Officer', startDate: '2025-09-01', closeCurrentPositions: true },
    });
    const { contact: person } = await advocate.ok<{ contact: { positions: { title: string; endDate: string | null; isCurrent: boolean }[] } }>(
      'query ($id: ID!) { contact(id: $id) { positions { title endDate isCurrent } } }',
      { id: diplomat },
    );
    expect(person.positions).toEqual([
      { title: 'Senior Officer', endDate: null, isCurrent: true },
      { title: 'Deputy', endDate: '2025-08-31', isCurrent: false },
    ]);
    expect(await policymakers({ institutionKinds: ['PERMANENT_MISSION'] })).not.toContain('Changer-Test @ Permanent Mission of France to the United Nations');
  });

  it('should refuse impossible positions and institutions naming the field', async () => {
    const someone = await contact('Field', 'Errors');
    const before = await advocate.query(ADD_POSITION, {
      input: { contactId: someone, institutionId: ids['un'], title: 'X', startDate: '2026-05-01', endDate: '2026-04-01' },
    });
    expect(before.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
    const badDate = await advocate.query(ADD_POSITION, { input: { contactId: someone, institutionId: ids['un'], title: 'X', startDate: '2026-02-30' } });
    expect(badDate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startDate' });
    const cycle = await advocate.query('mutation ($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id } }', {
      input: { id: ids['un'], parentId: ids['un-osapg'] },
    });
    expect(cycle.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  it('should page through policymakers in name order without repeating or skipping anyone', async () => {
    for (let index = 0; index < 12; index++) {
      const id = await contact(`Page${index}`, `Paged-${String(index).padStart(2, '0')}`);
      await advocate.ok(ADD_POSITION, { input: { contactId: id, institutionId: ids['un-secretariat'], title: 'Officer', startDate: '2025-01-01' } });
    }
    const names: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page: PolicymakerPage = await advocate.ok<PolicymakerPage>(POLICYMAKERS, { filter: { institutionId: ids['un-secretariat'] }, first: 5, after });
      names.push(...page.policymakers.edges.map((edge) => edge.node.contact.lastName));
      if (!page.policymakers.pageInfo.hasNextPage) break;
      after = page.policymakers.pageInfo.endCursor;
    }
    expect(names.filter((name) => name.startsWith('Paged-'))).toEqual(Array.from({ length: 12 }, (_, index) => `Paged-${String(index).padStart(2, '0')}`));
    expect(new Set(names).size).toBe(names.length);
  });

  it('should let a coordinator delete an institution and restore it', async () => {
    const { createInstitution } = await advocate.ok<{ createInstitution: { id: string } }>(
      'mutation { createInstitution(input: { name: "Temporary Commission of Inquiry", kind: UN_ORGAN }) { id } }',
    );
    const coordinator = await testApp.signedIn(Role.COORDINATOR);
    const byAdvocate = await advocate.query('mutation ($id: ID!) { deleteInstitution(id: $id) { id } }', { id: createInstitution.id });
    expect(byAdvocate.errors?.[0].extensions.code).toBe('FORBIDDEN');
    await coordinator.ok('mutation ($id: ID!) { deleteInstitution(id: $id) { id } }', { id: createInstitution.id });
    const hidden = await advocate.ok<{ institutions: { totalCount: number } }>(INSTITUTIONS, { filter: { search: 'Temporary Commission' } });
    expect(hidden.institutions.totalCount).toBe(0);
    const deleted = await coordinator.ok<{ deletedInstitutions: { edges: { node: { id: string; deletedAt: string } }[] } }>('{ deletedInstitutions { edges { node { id deletedAt } } } }');
    expect(deleted.deletedInstitutions.edges.map((edge) => edge.node.id)).toEqual([createInstitution.id]);
    await coordinator.ok('mutation ($id: ID!) { restoreInstitution(id: $id) { id } }', { id: createInstitution.id });
    const back = await advocate.ok<{ institutions: { totalCount: number } }>(INSTITUTIONS, { filter: { search: 'Temporary Commission' } });
    expect(back.institutions.totalCount).toBe(1);
  });
});
