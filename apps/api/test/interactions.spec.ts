import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const LOG = 'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id } }';
const TIMELINE = 'query ($filter: InteractionsFilter) { interactions(filter: $filter) { totalCount edges { node { id subject } } } }';

describe('Interactions: the outreach history', () => {
  let testApp: TestApp;
  let advocate: GraphqlClient;
  let coordinator: GraphqlClient;
  let member: GraphqlClient;
  const ids: Record<string, string> = {};

  const timeline = async (client: GraphqlClient, filter: Record<string, unknown>) =>
    (await client.ok<{ interactions: { edges: { node: { id: string } }[] } }>(TIMELINE, { filter })).interactions.edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    testApp = await createTestApp();
    advocate = await testApp.signedIn(Role.ADVOCATE, 'advocate@alliance.test');
    coordinator = await testApp.signedIn(Role.COORDINATOR);
    const institution = async (key: string) =>
      (await advocate.ok<{ institutions: { edges: { node: { id: string; referenceKey: string } }[] } }>('{ institutions(first: 100) { edges { node { id referenceKey } } } }'))
        .institutions.edges.find((edge) => edge.node.referenceKey === key)?.node.id as string;
    ids.mission = await institution('mission-fr-un');
    ids.council = await institution('un-security-council');
    const contact = async (lastName: string) =>
      (await advocate.ok<{ createContact: { id: string } }>('mutation ($n: String!) { createContact(input: { firstName: "Diplomat", lastName: $n }) { id } }', { n: lastName })).createContact.id;
    ids.first = await contact('Premier');
    ids.second = await contact('Second');
    for (const id of [ids.first, ids.second]) {
      await advocate.ok('mutation ($input: AddPositionInput!) { addPosition(input: $input) { id } }', {
        input: { contactId: id, institutionId: ids.mission, title: 'Counsellor', startDate: '2024-09-01' },
      });
    }
    ids.organisation = (await coordinator.ok<{ createOrganisation: { id: string } }>('mutation { createOrganisation(input: { name: "Member NGO", type: NGO }) { id } }')).createOrganisation.id;
    ids.campaign = (await advocate.ok<{ createCampaign: { id: string } }>('mutation { createCampaign(input: { name: "Sudan referral", status: ACTIVE, visibility: MEMBERS }) { id } }')).createCampaign.id;
    ids.target = (await advocate.ok<{ addTarget: { id: string } }>('mutation ($input: AddTargetInput!) { addTarget(input: $input) { id } }', {
      input: { campaignId: ids.campaign, contactId: ids.first },
    })).addTarget.id;
    await testApp.createUser({ email: 'rep@member.test', role: Role.MEMBER, organisationId: ids.organisation });
    member = testApp.client();
    await member.signIn('rep@member.test');
  });

  afterAll(() => testApp.close());

  it("should log a meeting with two diplomats, a commitment and a follow-up task in one step, on every timeline, and update the target's last reached date", async () => {
    const { logInteraction } = await advocate.ok<{ logInteraction: { id: string } }>(LOG, {
      input: {
        kind: 'MEETING',
        occurredAt: '2026-11-19T15:00:00Z',
        campaignId: ids.campaign,
        subject: 'Briefing on El Fasher',
        summary: 'They will raise it with capital.',
        confidentiality: 'COALITION',
        contactIds: [ids.first, ids.second],
        participantOrganisationIds: [ids.organisation],
        commitments: [{ contactId: ids.first, description: 'Raise the referral with capital', dueDate: '2026-11-30' }],
        followUpTasks: [{ title: 'Send the options paper', dueDate: '2026-12-01' }],
      },
    });
    const id = logInteraction.id;
    for (const filter of [{ contactId: ids.first }, { contactId: ids.second }, { institutionId: ids.mission }, { institutionId: ids.council }, { campaignId: ids.campaign }]) {
      expect({ filter, ids: await timeline(advocate, filter) }).toEqual({ filter, ids: [id] });
    }
    const { campaign } = await advocate.ok<{ campaign: { targets: { lastReachedAt: string }[]; openCommitments: { description: string }[] } }>(
      'query ($id: ID!) { campaign(id: $id) { targets { lastReachedAt } openCommitments { description } } }',
      { id: ids.campaign },
    );
    expect(campaign.targets[0].lastReachedAt).toBe('2026-11-19T15:00:00.000Z');
    expect(campaign.openCommitments.map((commitment) => commitment.description)).toEqual(['Raise the referral with capital']);
    const { myTasks } = await advocate.ok<{ myTasks: { edges: { node: { title: string; campaignId: string } }[] } }>('{ myTasks { edges { node { title campaignId } } } }');
    expect(myTasks.edges.map((edge) => edge.node)).toEqual([{ title: 'Send the options paper', campaignId: ids.campaign }]);

    // A member sees who in the alliance met them, and when, never the notes.
    const seen = await member.query<{ interactions: { edges: { node: Record<string, unknown> }[] } }>(
      'query ($filter: InteractionsFilter) { interactions(filter: $filter) { edges { node { occurredAt contacts { lastName } summary outcome } } } }',
      { filter: { contactId: ids.first } },
    );
    expect(seen.data?.interactions.edges[0].node).toMatchObject({ occurredAt: '2026-11-19T15:00:00.000Z', contacts: [{ lastName: 'Premier' }, { lastName: 'Second' }], summary: null });
    expect(JSON.stringify(seen.data)).not.toContain('capital');
    expect(seen.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('should hide internal interactions from members and restricted ones from staff not named, auditing each restricted read', async () => {
    const internal = (await advocate.ok<{ logInteraction: { id: string } }>(LOG, { input: { occurredAt: '2026-11-18T10:00:00Z', contactIds: [ids.second], subject: 'Internal call' } })).logInteraction.id;
    const restricted = (await advocate.ok<{ logInteraction: { id: string } }>(LOG, {
      input: { occurredAt: '2026-11-17T10:00:00Z', contactIds: [ids.second], subject: 'Source meeting', confidentiality: 'RESTRICTED', summary: 'Sensitive' },
    })).logInteraction.id;
    expect(await timeline(member, { contactId: ids.second })).not.toContain(internal);
    const otherAdvocate = await testApp.signedIn(Role.ADVOCATE);
    const othersView = await timeline(otherAdvocate, { contactId: ids.second });
    expect(othersView).toContain(internal);
    expect(othersView).not.toContain(restricted);
    expect(await timeline(advocate, { contactId: ids.second })).toContain(restricted);

    await coordinator.ok('query ($filter: InteractionsFilter) { interactions(filter: $filter) { edges { node { summary } } } }', { filter: { contactId: ids.second } });
    const audit = await coordinator.ok<{ auditEvents: { totalCount: number } }>('query ($id: String) { auditEvents(filter: { entityId: $id, action: "interaction.read-restricted" }) { totalCount } }', { id: restricted });
    expect(audit.auditEvents.totalCount).toBe(1);
  });

  it('should refuse a meeting with a deleted contact or a commitment by someone not met, and save nothing', async () => {
    const gone = (await advocate.ok<{ createContact: { id: string } }>('mutation { createContact(input: { firstName: "Gone", lastName: "Away" }) { id } }')).createContact.id;
    await coordinator.ok('mutation ($id: ID!) { deleteContact(id: $id) { id } }', { id: gone });
    const before = await timeline(advocate, { campaignId: ids.campaign });
    const deleted = await advocate.query(LOG, { input: { occurredAt: '2026-11-20T10:00:00Z', contactIds: [ids.first, gone], campaignId: ids.campaign, followUpTasks: [{ title: 'Never created' }] } });
    expect(deleted.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactIds.1' });
    const stranger = await advocate.query(LOG, {
      input: { occurredAt: '2026-11-20T10:00:00Z', contactIds: [ids.first], campaignId: ids.campaign, commitments: [{ contactId: ids.second, description: 'x' }] },
    });
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'commitments.0.contactId' });
    expect(await timeline(advocate, { campaignId: ids.campaign })).toEqual(before);
    const { myTasks } = await advocate.ok<{ myTasks: { totalCount: number } }>('{ myTasks { totalCount } }');
    expect(myTasks.totalCount).toBe(1);
  });

  it('should show one interaction with its campaign, colleagues, follow-up tasks and who promised, members seeing only their share', async () => {
    const colleague = await testApp.createUser({ email: 'colleague@alliance.test', role: Role.ANALYST, name: 'Colleague Analyst' });
    const leaving = (await advocate.ok<{ createContact: { id: string } }>('mutation { createContact(input: { firstName: "Leaving", lastName: "Soon" }) { id } }')).createContact.id;
    const { logInteraction } = await advocate.ok<{ logInteraction: { id: string } }>(LOG, {
      input: {
        occurredAt: '2026-11-21T09:00:00Z',
        campaignId: ids.campaign,
        subject: 'Follow-up call',
        confidentiality: 'COALITION',
        contactIds: [ids.first, leaving],
        participantUserIds: [colleague.id],
        participantOrganisationIds: [ids.organisation],
        commitments: [
          { contactId: ids.first, description: 'Circulate the draft' },
          { contactId: leaving, description: 'Introduce the successor' },
        ],
        followUpTasks: [{ title: 'Staff: brief the director' }, { title: 'Member: share the testimony', assigneeOrganisationId: ids.organisation }],
      },
    });
    await coordinator.ok('mutation ($id: ID!) { deleteContact(id: $id) { id } }', { id: leaving });
    const ONE = 'query ($id: ID!) { interaction(id: $id) { campaign { name } participantUsers { name } participantOrganisations { name } followUpTasks { title interactionId } } }';

    const staff = await advocate.ok<{ interaction: Record<string, unknown> }>(ONE, { id: logInteraction.id });
    expect(staff.interaction).toEqual({
      campaign: { name: 'Sudan referral' },
      participantUsers: [{ name: 'advocate' }, { name: 'Colleague Analyst' }],
      participantOrganisations: [{ name: 'Member NGO' }],
      followUpTasks: [
        { title: 'Staff: brief the director', interactionId: logInteraction.id },
        { title: 'Member: share the testimony', interactionId: logInteraction.id },
      ],
    });
    const { interaction } = await advocate.ok<{ interaction: { commitments: { description: string; contact: { lastName: string } | null }[] } }>(
      'query ($id: ID!) { interaction(id: $id) { commitments { description contact { lastName } } } }',
      { id: logInteraction.id },
    );
    expect(interaction.commitments).toEqual([
      { description: 'Circulate the draft', contact: { lastName: 'Premier' } },
      { description: 'Introduce the successor', contact: null },
    ]);

    // A member learns who in the alliance met them through the organisations, and sees only their organisation's tasks.
    const seen = await member.ok<{ interaction: Record<string, unknown> }>(ONE, { id: logInteraction.id });
    expect(seen.interaction).toEqual({
      campaign: { name: 'Sudan referral' },
      participantUsers: [],
      participantOrganisations: [{ name: 'Member NGO' }],
      followUpTasks: [{ title: 'Member: share the testimony', interactionId: logInteraction.id }],
    });
  });

  it('should not show members a campaign kept internal, and keep tasks when their interaction goes', async () => {
    const internal = (await advocate.ok<{ createCampaign: { id: string } }>('mutation { createCampaign(input: { name: "Quiet track", status: ACTIVE, visibility: INTERNAL }) { id } }')).createCampaign.id;
    const { logInteraction } = await advocate.ok<{ logInteraction: { id: string } }>(LOG, {
      input: { occurredAt: '2026-11-22T09:00:00Z', campaignId: internal, confidentiality: 'COALITION', contactIds: [ids.first], followUpTasks: [{ title: 'Quiet follow-up', assigneeOrganisationId: ids.organisation }] },
    });
    const query = 'query ($id: ID!) { interaction(id: $id) { campaign { name } followUpTasks { id } } }';
    expect((await advocate.ok<{ interaction: { campaign: unknown } }>(query, { id: logInteraction.id })).interaction.campaign).toEqual({ name: 'Quiet track' });
    const seen = await member.ok<{ interaction: { campaign: unknown; followUpTasks: { id: string }[] } }>(query, { id: logInteraction.id });
    expect(seen.interaction.campaign).toBeNull();

    await testApp.dataSource.query('DELETE FROM interactions WHERE id = $1', [logInteraction.id]);
    const { task } = await member.ok<{ task: { title: string; interactionId: string | null } }>('query ($id: ID!) { task(id: $id) { title interactionId } }', { id: seen.interaction.followUpTasks[0].id });
    expect(task).toEqual({ title: 'Quiet follow-up', interactionId: null });
  });
});
