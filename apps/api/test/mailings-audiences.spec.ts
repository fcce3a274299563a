import { AudienceRuleKind, EmailConsentStatus, InstitutionKind, MembershipStatus, OrganisationType, ParticipationRole, Role, SubscriptionStatus, SuppressionReason } from '@alliance/domain';
import { DataSource } from 'typeorm';
import { CampaignEntity } from '../src/campaigns/campaign.entity';
import { ParticipationEntity } from '../src/campaigns/participation.entity';
import { TargetEntity } from '../src/campaigns/target.entity';
import { AffiliationEntity, ContactEmailEntity } from '../src/contacts/contact-details.entity';
import { ContactEntity } from '../src/contacts/contact.entity';
import { InstitutionEntity } from '../src/institutions/institution.entity';
import { PositionEntity } from '../src/institutions/position.entity';
import { AudienceRule } from '../src/mailings/audience-rule';
import { recipientsSql, RecipientRow } from '../src/mailings/audiences/audience-recipients';
import { ListSubscriptionEntity, MailingListEntity } from '../src/mailings/mailing-list.entity';
import { SuppressionEntity } from '../src/mailings/suppression.entity';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const COUNT = `query ($listId: ID!, $rule: AudienceRuleInput!) {
  audienceCount(listId: $listId, rule: $rule) { matching recipients suppressed unsubscribed noConsent }
}`;
const CREATE = 'mutation ($input: CreateAudienceInput!) { createAudience(input: $input) { id name rule { kind rules { kind listIds tags } } } }';
const UPDATE = 'mutation ($input: UpdateAudienceInput!) { updateAudience(input: $input) { id name rule { kind countryCodes } } }';
const AUDIENCES = `query ($search: String, $first: Int, $after: String) {
  audiences(search: $search, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } }
}`;

const { AND, OR, NOT, LISTS, MEMBER_ORGANISATIONS, CAMPAIGN_PARTICIPANTS, CAMPAIGN_TARGETS, POLICYMAKERS, COUNTRIES, LANGUAGES, TAGS } = AudienceRuleKind;
const EVERYONE: AudienceRule = { kind: NOT, rules: [{ kind: TAGS, tags: ['no one has this tag'] }] };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A small directory where each contact, named by first name, tests one thing. */
async function buildDirectory(dataSource: DataSource) {
  const save = <T extends object>(entity: new () => T, values: Partial<T>) => dataSource.getRepository(entity).save(values as T);
  const organisation = (name: string, membershipStatus: MembershipStatus, countryCode: string, type: OrganisationType, deletedAt: Date | null = null) =>
    save(OrganisationEntity, { name, membershipStatus, countryCode, type, deletedAt });
  const activeFr = await organisation('Active NGO France', MembershipStatus.ACTIVE, 'FR', OrganisationType.NGO);
  const activeSd = await organisation('Active faith group Sudan', MembershipStatus.ACTIVE, 'SD', OrganisationType.FAITH_BASED);
  const lapsedFr = await organisation('Lapsed NGO France', MembershipStatus.LAPSED, 'FR', OrganisationType.NGO);
  const prospect = await organisation('Prospect institute Kenya', MembershipStatus.PROSPECT, 'KE', OrganisationType.ACADEMIC);
  const deletedFr = await organisation('Deleted NGO France', MembershipStatus.ACTIVE, 'FR', OrganisationType.NGO, new Date());

  const government = await save(InstitutionEntity, { name: 'Government of Testland', kind: InstitutionKind.NATIONAL_GOVERNMENT });
  const ministry = await save(InstitutionEntity, { name: 'Ministry of Foreign Affairs of Testland', kind: InstitutionKind.MINISTRY, parentId: government.id });
  const desk = await save(InstitutionEntity, { name: 'Great Lakes desk', kind: InstitutionKind.OTHER, parentId: ministry.id });
  const mission = await save(InstitutionEntity, { name: 'Permanent Mission of Testland', kind: InstitutionKind.PERMANENT_MISSION });

  const campaign = await save(CampaignEntity, { name: 'Protect civilians' });
  await save(ParticipationEntity, { campaignId: campaign.id, organisationId: activeSd.id, role: ParticipationRole.PARTNER, joinedAt: new Date() });
  await save(ParticipationEntity, { campaignId: campaign.id, organisationId: lapsedFr.id, role: ParticipationRole.SUPPORTER, joinedAt: new Date(), leftAt: new Date() });
  await save(TargetEntity, { campaignId: campaign.id, institutionId: mission.id });
  const deletedCampaign = await save(CampaignEntity, { name: 'Deleted campaign', deletedAt: new Date() });

  const alerts = await save(MailingListEntity, { name: 'Action alerts' });
  const newsletter = await save(MailingListEntity, { name: 'Newsletter' });
  const closed = await save(MailingListEntity, { name: 'Closed list', deletedAt: new Date() });

  const ids: Record<string, string> = {};
  const contact = async (
    firstName: string,
    fields: Partial<ContactEntity> & { email?: string | null; organisations?: OrganisationEntity[]; subscriptions?: [MailingListEntity, SubscriptionStatus][] },
  ) => {
    const { email = `${firstName}@example.test`, organisations = [], subscriptions = [], ...columns } = fields;
    const saved = await save(ContactEntity, { firstName, lastName: 'Test', emailConsentStatus: EmailConsentStatus.UNKNOWN, ...columns });
    ids[firstName] = saved.id;
    if (email) await save(ContactEmailEntity, { contactId: saved.id, address: email, isPrimary: true });
    for (const { id } of organisations) await save(AffiliationEntity, { contactId: saved.id, organisationId: id });
    for (const [list, status] of subscriptions) {
      await save(ListSubscriptionEntity, { listId: list.id, contactId: saved.id, status, consentSource: 'test', consentAt: new Date() });
    }
    return saved.id;
  };
  const position = (contactId: string, institution: InstitutionEntity, startDate: string, endDate: string | null = null) =>
    save(PositionEntity, { contactId, institutionId: institution.id, title: 'Official', startDate, endDate });
  const GRANTED = EmailConsentStatus.GRANTED;

  await contact('alice', { countryCode: 'FR', preferredLanguage: 'fr', tags: ['press'], emailConsentStatus: GRANTED, organisations: [activeFr], subscriptions: [[alerts, SubscriptionStatus.SUBSCRIBED]] });
  await contact('bob', { countryCode: 'SD', organisations: [activeSd], subscriptions: [[alerts, SubscriptionStatus.SUBSCRIBED]] });
  await contact('carol', { countryCode: 'FR', emailConsentStatus: GRANTED, organisations: [lapsedFr], subscriptions: [[alerts, SubscriptionStatus.UNSUBSCRIBED]] });
  await contact('dan', { countryCode: 'KE', organisations: [prospect], subscriptions: [[alerts, SubscriptionStatus.PENDING]] });
  await contact('erin', { preferredLanguage: 'fr', tags: ['ngo', 'press'], emailConsentStatus: EmailConsentStatus.WITHDRAWN, subscriptions: [[newsletter, SubscriptionStatus.SUBSCRIBED]] });
  await contact('frank', { countryCode: 'SD', email: 'Frank@Example.test', emailConsentStatus: GRANTED, subscriptions: [[alerts, SubscriptionStatus.UNSUBSCRIBED]] });
  const gina = await contact('gina', { emailConsentStatus: GRANTED });
  await save(ContactEmailEntity, { contactId: gina, address: 'gina.private@example.test', isPrimary: false });
  await position(gina, ministry, day(-400));
  await position(gina, mission, day(-900), day(-500));
  await position(await contact('hugo', { emailConsentStatus: GRANTED, subscriptions: [[alerts, SubscriptionStatus.PENDING]] }), desk, day(-30));
  const ivan = await contact('ivan', { emailConsentStatus: GRANTED });
  await position(ivan, government, day(-800), day(-100));
  await position(ivan, mission, day(-99));
  await save(TargetEntity, { campaignId: campaign.id, contactId: await contact('tara', {}) });
  await save(TargetEntity, { campaignId: deletedCampaign.id, contactId: ids.dan });
  await save(ParticipationEntity, { campaignId: deletedCampaign.id, organisationId: activeFr.id, role: ParticipationRole.LEAD, joinedAt: new Date() });
  await contact('uma', { countryCode: 'FR', emailConsentStatus: GRANTED, organisations: [activeFr], deletedAt: new Date() });
  await contact('victor', { countryCode: 'FR', email: null, emailConsentStatus: GRANTED, organisations: [activeFr] });
  await contact('wendy', { countryCode: 'FR', emailConsentStatus: GRANTED, organisations: [deletedFr] });
  await position(await contact('xavier', { emailConsentStatus: GRANTED }), ministry, day(30));
  const yara = await contact('yara', { countryCode: 'SD', email: 'Yara.Case@Example.TEST', organisations: [activeFr, activeSd], subscriptions: [[alerts, SubscriptionStatus.SUBSCRIBED]] });
  await position(yara, ministry, day(-10));
  await contact('zoe', { emailConsentStatus: GRANTED, subscriptions: [[closed, SubscriptionStatus.SUBSCRIBED]] });
  await save(SuppressionEntity, { address: 'FRANK@example.TEST', reason: SuppressionReason.HARD_BOUNCE });

  return { ids, alerts, newsletter, closed, campaign, deletedCampaign, government, ministry, mission };
}

describe('Audiences', () => {
  let testApp: TestApp;
  let coordinator: GraphqlClient;
  let directory: Awaited<ReturnType<typeof buildDirectory>>;

  /** The recipients as the sending pipeline reads them: first name (from the address) → exclusion. */
  async function recipients(rule: AudienceRule, listId = directory.alerts.id): Promise<Record<string, string | null>> {
    const params: unknown[] = [];
    const rows: RecipientRow[] = await testApp.dataSource.query(`SELECT * FROM (${recipientsSql(listId, rule, params)}) r`, params);
    return Object.fromEntries(rows.map((row) => [row.email.split(/[.@]/)[0], row.exclusion]));
  }
  const names = async (rule: AudienceRule) => Object.keys(await recipients(rule)).sort();
  const count = async (rule: AudienceRule, client = coordinator) =>
    (await client.ok<{ audienceCount: Record<string, number> }>(COUNT, { listId: directory.alerts.id, rule })).audienceCount;

  beforeAll(async () => {
    testApp = await createTestApp();
    coordinator = await testApp.signedIn(Role.COORDINATOR);
    directory = await buildDirectory(testApp.dataSource);
  });

  afterAll(() => testApp.close());

  describe('audienceCount', () => {
    it('should count everyone with a primary address once, split by why they are excluded', async () => {
      expect(await count(EVERYONE)).toEqual({ matching: 14, recipients: 9, suppressed: 1, unsubscribed: 1, noConsent: 3 });
      expect(await recipients(EVERYONE)).toEqual({
        alice: null, bob: null, gina: null, hugo: null, ivan: null, wendy: null, xavier: null, yara: null, zoe: null,
        frank: 'SUPPRESSED', carol: 'UNSUBSCRIBED', dan: 'NO_CONSENT', erin: 'NO_CONSENT', tara: 'NO_CONSENT',
      });
    });

    it('should give each recipient their primary address lowercased, their id and their language', async () => {
      const params: unknown[] = [];
      const rows: RecipientRow[] = await testApp.dataSource.query(`SELECT * FROM (${recipientsSql(directory.alerts.id, { kind: LANGUAGES, languages: ['fr'] }, params)}) r ORDER BY email`, params);
      expect(rows).toEqual([
        { contact_id: directory.ids.alice, email: 'alice@example.test', preferred_language: 'fr', exclusion: null },
        { contact_id: directory.ids.erin, email: 'erin@example.test', preferred_language: 'fr', exclusion: 'NO_CONSENT' },
      ]);
      expect(await recipients({ kind: POLICYMAKERS, institutionIds: [directory.ministry.id] })).toEqual({ gina: null, yara: null });
      expect(Object.keys(await recipients({ kind: CAMPAIGN_PARTICIPANTS, campaignIds: [directory.campaign.id] }))).toContain('yara');
    });

    it('should rank suppression over leaving the list, and leaving the list over consent given to the alliance', async () => {
      // frank left the list and his address bounced; carol left the list but consented to mail in general.
      expect(await recipients({ kind: COUNTRIES, countryCodes: ['SD', 'FR'] })).toMatchObject({ frank: 'SUPPRESSED', carol: 'UNSUBSCRIBED' });
    });

    it('should take a subscription to the list as consent, and not a pending one', async () => {
      const onList = await recipients(EVERYONE);
      expect(onList.bob).toBeNull(); // subscribed, no general consent
      expect(onList.dan).toBe('NO_CONSENT'); // pending, no general consent
      expect(onList.hugo).toBeNull(); // pending, general consent
      const onNewsletter = await recipients(EVERYONE, directory.newsletter.id);
      expect([onNewsletter.erin, onNewsletter.bob, onNewsletter.carol]).toEqual([null, 'NO_CONSENT', null]);
    });

    it('should select subscribers of any given list that still exists', async () => {
      expect(await names({ kind: LISTS, listIds: [directory.alerts.id] })).toEqual(['alice', 'bob', 'yara']);
      expect(await names({ kind: LISTS, listIds: [directory.newsletter.id, directory.alerts.id] })).toEqual(['alice', 'bob', 'erin', 'yara']);
      expect(await names({ kind: LISTS, listIds: [directory.closed.id] })).toEqual([]);
    });

    it('should select contacts of active member organisations, or of the statuses, countries and types given', async () => {
      expect(await names({ kind: MEMBER_ORGANISATIONS })).toEqual(['alice', 'bob', 'yara']);
      expect(await names({ kind: MEMBER_ORGANISATIONS, organisationStatuses: ['LAPSED'] })).toEqual(['carol']);
      expect(await names({ kind: MEMBER_ORGANISATIONS, countryCodes: ['FR'] })).toEqual(['alice', 'yara']);
      expect(await names({ kind: MEMBER_ORGANISATIONS, organisationTypes: ['FAITH_BASED'] })).toEqual(['bob', 'yara']);
      expect(await names({ kind: MEMBER_ORGANISATIONS, organisationStatuses: ['ACTIVE', 'LAPSED'], countryCodes: ['FR'], organisationTypes: ['NGO'] })).toEqual(['alice', 'carol', 'yara']);
      expect(await names({ kind: MEMBER_ORGANISATIONS, organisationStatuses: ['PROSPECT'], countryCodes: ['FR'] })).toEqual([]);
    });

    it('should select contacts of organisations taking part in a campaign now, not of those that left', async () => {
      expect(await names({ kind: CAMPAIGN_PARTICIPANTS, campaignIds: [directory.campaign.id] })).toEqual(['bob', 'yara']);
      expect(await names({ kind: CAMPAIGN_PARTICIPANTS, campaignIds: [directory.deletedCampaign.id] })).toEqual([]);
    });

    it("should select a campaign's targets, directly or through a current position at a targeted institution", async () => {
      // gina once held a position at the targeted mission; a deleted campaign targets nobody.
      expect(await names({ kind: CAMPAIGN_TARGETS, campaignIds: [directory.campaign.id] })).toEqual(['ivan', 'tara']);
      expect(await names({ kind: CAMPAIGN_TARGETS, campaignIds: [directory.deletedCampaign.id] })).toEqual([]);
    });

    it('should select policymakers by institution, with its children at any depth when asked, and by kind', async () => {
      const { government, ministry } = directory;
      expect(await names({ kind: POLICYMAKERS, institutionIds: [government.id] })).toEqual([]);
      expect(await names({ kind: POLICYMAKERS, institutionIds: [government.id], includeChildInstitutions: true })).toEqual(['gina', 'hugo', 'yara']);
      expect(await names({ kind: POLICYMAKERS, institutionIds: [ministry.id] })).toEqual(['gina', 'yara']);
      expect(await names({ kind: POLICYMAKERS, institutionKinds: ['PERMANENT_MISSION'] })).toEqual(['ivan']);
      expect(await names({ kind: POLICYMAKERS, institutionIds: [government.id], includeChildInstitutions: true, institutionKinds: ['OTHER'] })).toEqual(['hugo']);
    });

    it('should select by country, language and tags', async () => {
      expect(await names({ kind: COUNTRIES, countryCodes: ['FR'] })).toEqual(['alice', 'carol', 'wendy']);
      expect(await names({ kind: LANGUAGES, languages: ['fr'] })).toEqual(['alice', 'erin']);
      expect(await names({ kind: TAGS, tags: ['press'] })).toEqual(['alice', 'erin']);
      expect(await names({ kind: TAGS, tags: ['ngo', 'unused'] })).toEqual(['erin']);
    });

    it('should combine rules with and, or and not; not includes those without the value at all', async () => {
      expect(await names({ kind: AND, rules: [{ kind: MEMBER_ORGANISATIONS }, { kind: NOT, rules: [{ kind: COUNTRIES, countryCodes: ['SD'] }] }] })).toEqual(['alice']);
      expect(await names({ kind: OR, rules: [{ kind: CAMPAIGN_TARGETS, campaignIds: [directory.campaign.id] }, { kind: LANGUAGES, languages: ['fr'] }] })).toEqual(['alice', 'erin', 'ivan', 'tara']);
      const notInFrance = await names({ kind: NOT, rules: [{ kind: COUNTRIES, countryCodes: ['FR'] }] });
      expect(notInFrance).toContain('erin'); // no country recorded
      expect(notInFrance).not.toContain('alice');
      expect(notInFrance).toHaveLength(11);
      expect(await names({ kind: NOT, rules: [{ kind: NOT, rules: [{ kind: TAGS, tags: ['press'] }] }] })).toEqual(['alice', 'erin']);
      const everyone = await names(EVERYONE);
      for (const leaf of [
        { kind: CAMPAIGN_TARGETS, campaignIds: [directory.campaign.id] },
        { kind: MEMBER_ORGANISATIONS },
        { kind: POLICYMAKERS, institutionIds: [directory.government.id], includeChildInstitutions: true },
        { kind: LISTS, listIds: [directory.alerts.id] },
      ]) {
        const selected = await names(leaf);
        expect({ leaf, negated: await names({ kind: NOT, rules: [leaf] }) }).toEqual({ leaf, negated: everyone.filter((name) => !selected.includes(name)) });
      }
    });

    it('should count a contact matched in several ways once', async () => {
      const { campaign, ministry } = directory;
      const everyWay: AudienceRule = {
        kind: OR,
        rules: [
          { kind: LISTS, listIds: [directory.alerts.id] },
          { kind: MEMBER_ORGANISATIONS },
          { kind: CAMPAIGN_PARTICIPANTS, campaignIds: [campaign.id] },
          { kind: POLICYMAKERS, institutionIds: [ministry.id] },
          { kind: COUNTRIES, countryCodes: ['SD'] },
        ],
      };
      expect(await names(everyWay)).toEqual(['alice', 'bob', 'frank', 'gina', 'yara']);
      expect(await count(everyWay)).toEqual({ matching: 5, recipients: 4, suppressed: 1, unsubscribed: 0, noConsent: 0 });
    });

    it('should match nobody with ids that do not exist', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(await count({ kind: OR, rules: [{ kind: LISTS, listIds: [unknown] }, { kind: CAMPAIGN_TARGETS, campaignIds: [unknown] }, { kind: POLICYMAKERS, institutionIds: [unknown], includeChildInstitutions: true }] }))
        .toEqual({ matching: 0, recipients: 0, suppressed: 0, unsubscribed: 0, noConsent: 0 });
      const noList = await coordinator.query(COUNT, { listId: unknown, rule: EVERYONE });
      expect(noList.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'listId' });
      const closedList = await coordinator.query(COUNT, { listId: directory.closed.id, rule: EVERYONE });
      expect(closedList.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'listId' });
    });

    it('should refuse a malformed rule, naming the field', async () => {
      const refused = async (rule: unknown) => (await coordinator.query(COUNT, { listId: directory.alerts.id, rule })).errors?.[0];
      expect(await refused({ kind: OR, rules: [{ kind: TAGS, tags: ['x'] }, { kind: LISTS, listIds: [] }] })).toMatchObject({
        message: 'rule.rules.1.listIds: must list at least one mailing list',
        extensions: { code: 'BAD_USER_INPUT', field: 'rule.rules.1.listIds' },
      });
      expect((await refused({ kind: AND, rules: [] }))?.extensions).toMatchObject({ field: 'rule.rules' });
      expect((await refused({ kind: NOT, rules: [EVERYONE, EVERYONE] }))?.extensions).toMatchObject({ field: 'rule.rules' });
      expect((await refused({ kind: POLICYMAKERS, includeChildInstitutions: true }))?.extensions).toMatchObject({ field: 'rule.institutionIds' });
      expect((await refused({ kind: MEMBER_ORGANISATIONS, organisationStatuses: ['MEMBER'] }))?.extensions).toMatchObject({ field: 'rule.organisationStatuses' });
      expect((await refused({ kind: LISTS, listIds: ['nope'] }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rule.listIds' });
      let deep: unknown = { kind: TAGS, tags: ['x'] };
      for (let level = 0; level < 6; level++) deep = { kind: NOT, rules: [deep] };
      expect((await refused(deep))?.extensions).toMatchObject({ field: 'rule.rules.0.rules.0.rules.0.rules.0.rules.0.rules.0' });
    });
  });

  describe('createAudience and updateAudience', () => {
    it('should save an audience in canonical form, list it by name and audit it', async () => {
      const { createAudience } = await coordinator.ok<{ createAudience: { id: string; rule: unknown } }>(CREATE, {
        input: { name: 'Press in France', rule: { kind: AND, rules: [{ kind: TAGS, tags: ['press', ' press'], listIds: [directory.alerts.id] }, { kind: LISTS, listIds: [directory.alerts.id] }] } },
      });
      expect(createAudience.rule).toEqual({ kind: 'AND', rules: [{ kind: 'TAGS', listIds: null, tags: ['press'] }, { kind: 'LISTS', listIds: [directory.alerts.id], tags: null }] });
      await coordinator.ok(CREATE, { input: { name: 'all members', rule: { kind: MEMBER_ORGANISATIONS } } });
      await coordinator.ok(CREATE, { input: { name: 'Ambassadors', rule: { kind: POLICYMAKERS, institutionKinds: ['PERMANENT_MISSION'] } } });
      const first = await coordinator.ok<{ audiences: { totalCount: number; pageInfo: { endCursor: string }; edges: { node: { name: string } }[] } }>(AUDIENCES, { first: 2 });
      expect(first.audiences.totalCount).toBe(3);
      expect(first.audiences.edges.map((edge) => edge.node.name)).toEqual(['all members', 'Ambassadors']);
      const next = await coordinator.ok<typeof first>(AUDIENCES, { first: 2, after: first.audiences.pageInfo.endCursor });
      expect(next.audiences.edges.map((edge) => edge.node.name)).toEqual(['Press in France']);
      const found = await coordinator.ok<typeof first>(AUDIENCES, { search: 'france' });
      expect(found.audiences.edges.map((edge) => edge.node.name)).toEqual(['Press in France']);

      const [event] = await testApp.dataSource.query(`SELECT action, changes FROM audit_events WHERE entity_type = 'audience' AND entity_id = $1`, [createAudience.id]);
      expect(event.action).toBe('audience.create');
      expect(event.changes.map((change: { field: string }) => change.field).sort()).toEqual(['name', 'rule']);
    });

    it('should update the name and the rule, audited, and hide a deleted audience', async () => {
      const { createAudience } = await coordinator.ok<{ createAudience: { id: string } }>(CREATE, { input: { name: 'Sudan', rule: { kind: COUNTRIES, countryCodes: ['SD'] } } });
      const { updateAudience } = await coordinator.ok<{ updateAudience: unknown }>(UPDATE, { input: { id: createAudience.id, name: 'Sudan and Chad', rule: { kind: COUNTRIES, countryCodes: ['SD', 'TD'] } } });
      expect(updateAudience).toEqual({ id: createAudience.id, name: 'Sudan and Chad', rule: { kind: 'COUNTRIES', countryCodes: ['SD', 'TD'] } });
      const [event] = await testApp.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'audience.update' AND entity_id = $1`, [createAudience.id]);
      expect(event.changes).toEqual([
        { field: 'name', from: 'Sudan', to: 'Sudan and Chad' },
        { field: 'rule', from: { kind: 'COUNTRIES', countryCodes: ['SD'] }, to: { kind: 'COUNTRIES', countryCodes: ['SD', 'TD'] } },
      ]);

      await testApp.dataSource.query('UPDATE audiences SET deleted_at = now() WHERE id = $1', [createAudience.id]);
      expect((await coordinator.ok<{ audience: unknown }>('query ($id: ID!) { audience(id: $id) { id } }', { id: createAudience.id })).audience).toBeNull();
      expect((await coordinator.ok<{ audiences: { edges: { node: { name: string } }[] } }>(AUDIENCES, { search: 'Sudan' })).audiences.edges).toEqual([]);
      const gone = await coordinator.query(UPDATE, { input: { id: createAudience.id, name: 'Back' } });
      expect(gone.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });

    it('should refuse to save a list, campaign or institution that does not exist, naming the field, and save nothing', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      const attempt = (rule: AudienceRule) => coordinator.query(CREATE, { input: { name: 'Refused', rule } });
      const cases: [AudienceRule, string][] = [
        [{ kind: OR, rules: [{ kind: TAGS, tags: ['x'] }, { kind: LISTS, listIds: [directory.alerts.id, unknown] }] }, 'rule.rules.1.listIds'],
        [{ kind: LISTS, listIds: [directory.closed.id] }, 'rule.listIds'],
        [{ kind: NOT, rules: [{ kind: CAMPAIGN_TARGETS, campaignIds: [unknown] }] }, 'rule.rules.0.campaignIds'],
        [{ kind: POLICYMAKERS, institutionIds: [unknown], includeChildInstitutions: true }, 'rule.institutionIds'],
        [{ kind: AND, rules: [{ kind: TAGS, tags: ['x'] }, { kind: CAMPAIGN_PARTICIPANTS, campaignIds: [directory.deletedCampaign.id] }] }, 'rule.rules.1.campaignIds'],
      ];
      for (const [rule, field] of cases) {
        const result = await attempt(rule);
        expect({ field, extensions: result.errors?.[0].extensions }).toMatchObject({ field, extensions: { code: 'BAD_USER_INPUT', field } });
      }
      expect((await attempt({ kind: LISTS, listIds: [unknown] })).errors?.[0].message).toBe(`rule.listIds: names a mailing list that does not exist (${unknown})`);
      expect((await coordinator.ok<{ audiences: { totalCount: number } }>(AUDIENCES, { search: 'Refused' })).audiences.totalCount).toBe(0);
    });
  });

  describe('access', () => {
    it('should let an advocate count and read audiences but not save them, and a member do neither', async () => {
      const advocate = await testApp.signedIn(Role.ADVOCATE);
      expect((await count({ kind: LANGUAGES, languages: ['FR'] }, advocate)).matching).toBe(2); // the API names languages by their enum (FR), stored as codes (fr)
      expect((await advocate.ok<{ audiences: { totalCount: number } }>(AUDIENCES)).audiences.totalCount).toBeGreaterThan(0);
      const saved = await advocate.query(CREATE, { input: { name: 'Advocate audience', rule: EVERYONE } });
      expect(saved.errors?.[0].extensions.code).toBe('FORBIDDEN');

      const member = await testApp.signedIn(Role.MEMBER);
      const counted = await member.query(COUNT, { listId: directory.alerts.id, rule: EVERYONE });
      expect([counted.data, counted.errors?.[0].extensions.code]).toEqual([null, 'FORBIDDEN']);
      expect((await member.query(AUDIENCES)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    });
  });
});
