import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const CREATE = 'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id status visibility } }';
const CAMPAIGN = `query ($id: ID!) {
  campaign(id: $id) {
    name asks leadOrganisation { name }
    participations(includePast: true) { role joinedAt leftAt organisation { name } }
    targets { priority ask stance stanceHistory { fromStance toStance note } contact { lastName emails { address } } institution { name } }
  }
}`;

describe('Campaigns, participation and targets', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;
  let member: GraphqlClient;
  let memberOrganisation: string;
  let open: string;
  let internal: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    coordinator = await testApp.signedIn(Role.COORDINATOR);
    memberOrganisation = (await coordinator.ok<{ createOrganisation: { id: string } }>('mutation { createOrganisation(input: { name: "Waging Peace", type: NGO, membershipStatus: ACTIVE }) { id } }')).createOrganisation.id;
    await testApp.createUser({ email: 'rep@waging.test', role: Role.MEMBER, organisationId: memberOrganisation });
    member = testApp.client();
    await member.signIn('rep@waging.test');
    open = (await coordinator.ok<{ createCampaign: { id: string } }>(CREATE, {
      input: { name: 'Protect civilians in El Fasher', asks: ['Refer the situation to the ICC', 'Deploy protection force'], status: 'ACTIVE', visibility: 'MEMBERS', leadOrganisationId: memberOrganisation },
    })).createCampaign.id;
    internal = (await coordinator.ok<{ createCampaign: { id: string } }>(CREATE, { input: { name: 'Quiet diplomacy track', status: 'ACTIVE' } })).createCampaign.id;
  });

  afterAll(() => testApp.close());

  it('should show member representatives only the campaigns open to members', async () => {
    const { campaigns } = await member.ok<{ campaigns: { edges: { node: { id: string } }[] } }>('{ campaigns { edges { node { id } } } }');
    expect(campaigns.edges.map((edge) => edge.node.id)).toEqual([open]);
    expect((await member.ok<{ campaign: unknown }>('query ($id: ID!) { campaign(id: $id) { id } }', { id: internal })).campaign).toBeNull();
    const staff = await coordinator.ok<{ campaigns: { totalCount: number } }>('{ campaigns { totalCount } }');
    expect(staff.campaigns.totalCount).toBe(2);
  });

  it('should let a member join and leave an open campaign, dated, and refuse an internal one', async () => {
    await member.ok('mutation ($id: ID!) { joinCampaign(id: $id) { role } }', { id: open });
    const twice = await member.query('mutation ($id: ID!) { joinCampaign(id: $id) { role } }', { id: open });
    expect(twice.errors?.[0].extensions.code).toBe('CONFLICT');
    const refused = await member.query('mutation ($id: ID!) { joinCampaign(id: $id) { role } }', { id: internal });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    await member.ok('mutation ($id: ID!) { leaveCampaign(id: $id) { leftAt } }', { id: open });
    await member.ok('mutation ($id: ID!) { joinCampaign(id: $id) { role } }', { id: open });
    await coordinator.ok('mutation ($input: SetParticipationInput!) { setParticipation(input: $input) { role } }', {
      input: { campaignId: open, organisationId: memberOrganisation, role: 'LEAD' },
    });
    const { campaign } = await coordinator.ok<{ campaign: { participations: { role: string; leftAt: string | null }[] } }>(CAMPAIGN, { id: open });
    expect(campaign.participations.map((p) => [p.role, p.leftAt === null])).toEqual([
      ['SUPPORTER', false],
      ['SUPPORTER', false],
      ['LEAD', true],
    ]);
    const { organisation } = await member.ok<{ organisation: { participations: { role: string; campaign: { name: string } }[] } }>(
      'query ($id: ID!) { organisation(id: $id) { participations { role campaign { name } } } }',
      { id: memberOrganisation },
    );
    expect(organisation.participations.at(-1)).toEqual({ role: 'LEAD', campaign: { name: 'Protect civilians in El Fasher' } });
  });

  it("should date every change of a target's stance, and never show stances or targets' private details to members", async () => {
    const contact = (await coordinator.ok<{ createContact: { id: string } }>(
      'mutation { createContact(input: { firstName: "Ambassador", lastName: "Target", emails: [{ address: "target@mission.test" }] }) { id } }',
    )).createContact.id;
    const { addTarget } = await coordinator.ok<{ addTarget: { id: string } }>(
      'mutation ($input: AddTargetInput!) { addTarget(input: $input) { id } }',
      { input: { campaignId: open, contactId: contact, priority: 'HIGH', ask: 'Support the referral' } },
    );
    await coordinator.ok('mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { id } }', {
      input: { targetId: addTarget.id, stance: 'SUPPORTIVE', stanceNote: 'Said yes at the briefing' },
    });
    const staffView = await coordinator.ok<{ campaign: { targets: { stance: string; stanceHistory: unknown[] }[] } }>(CAMPAIGN, { id: open });
    expect(staffView.campaign.targets[0]).toMatchObject({
      stance: 'SUPPORTIVE',
      stanceHistory: [
        { fromStance: null, toStance: 'UNKNOWN', note: null },
        { fromStance: 'UNKNOWN', toStance: 'SUPPORTIVE', note: 'Said yes at the briefing' },
      ],
    });

    const memberView = await member.query<{ campaign: { targets: Record<string, unknown>[] } }>(CAMPAIGN, { id: open });
    expect(memberView.data?.campaign.targets[0]).toMatchObject({ priority: 'HIGH', stance: null, stanceHistory: null, contact: { lastName: 'Target', emails: null } });
    expect(JSON.stringify(memberView.data)).not.toContain('SUPPORTIVE');
    expect(JSON.stringify(memberView.data)).not.toContain('target@mission.test');
    expect(new Set(memberView.errors?.map((error) => error.extensions.code))).toEqual(new Set(['FORBIDDEN']));

    const both = await coordinator.query('mutation ($input: AddTargetInput!) { addTarget(input: $input) { id } }', {
      input: { campaignId: open, contactId: contact, institutionId: contact },
    });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactId' });
  });

  it('should refuse a campaign that ends before it starts, naming the field', async () => {
    const result = await coordinator.query(CREATE, { input: { name: 'Backwards', startDate: '2026-05-01', endDate: '2026-04-01' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
  });
});
