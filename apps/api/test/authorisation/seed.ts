import { Role } from '@alliance/domain';
import { GraphqlClient, TestApp } from '../support/test-app';

/** Who calls: the four roles and someone not signed in. */
export const CALLERS = ['COORDINATOR', 'ADVOCATE', 'ANALYST', 'MEMBER', 'ANONYMOUS'] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * Distinctive values planted in the records: a response contains one exactly when the caller was
 * given the protected field or record, so a refusal or a hiding can be told from a leak.
 */
export const SECRET = {
  ownContactEmail: 'field.officer@northwatch.test',
  otherContactEmail: 'quiet.source@riverside.test',
  otherContactPhone: '+41 22 555 01 77',
  otherContactNotes: 'Fled Khartoum in May; do not name publicly.',
  otherContactConsent: 'Signed up at the Kampala side event',
  policymakerEmail: 'counsellor@mission.test',
  internalCampaign: 'Quiet diplomacy track',
  stance: 'CHAMPION',
  stanceNote: 'Promised to whip votes for the referral',
  commitment: 'Raise the referral with capital',
  coalitionSummary: 'Said the capital will not block a referral.',
  coalitionOutcome: 'Will sound out the African Group.',
  internalSubject: 'Internal strategy call',
  restrictedSubject: 'Meeting a source from El Geneina',
  restrictedSummary: 'The source names two commanders.',
  draftDocument: 'Draft options paper on a protection force',
  internalDocument: 'Published note for staff only',
  orgBTask: 'Riverside: collect witness statements',
  orgBFollowUp: 'Riverside: send the dossier to the mission',
  calendarEvent: 'Quiet track: demarche in Addis Ababa',
  userNames: { COORDINATOR: 'Cora Coordinator', ADVOCATE: 'Ade Advocate', ANALYST: 'Ana Analyst', MEMBER: 'Mo Member' },
  userEmails: { COORDINATOR: 'cora@alliance.test', ADVOCATE: 'ade@alliance.test', ANALYST: 'ana@alliance.test', MEMBER: 'mo@northwatch.test' },
} as const;

/** Ids of the seeded records, by what the cells use them for. */
export interface Seed {
  orgA: string;
  orgB: string;
  orgScratch: string;
  contactA: string;
  contactB: string;
  policymaker: string;
  contactToDelete: string;
  contactToUpdate: string;
  contactMet: string;
  mergeKeep: string;
  mergeGone: string;
  mission: string;
  council: string;
  institutionToDelete: string;
  institutionToUpdate: string;
  position: string;
  membersCampaign: string;
  internalCampaign: string;
  scratchCampaign: string;
  scratchTarget: string;
  coalition: string;
  coalitionOfInternalCampaign: string;
  internal: string;
  restricted: string;
  commitment: string;
  draftDocument: string;
  publishedDocument: string;
  internalDocument: string;
  documentToDelete: string;
  documentToUpdate: string;
  taskA: string;
  taskB: string;
  spareUser: string;
  reinvitedUser: string;
  /** Signs in with TEST_PASSWORD; never disabled. */
  signInEmail: string;
  invitationToken: string;
  calendarFrom: string;
  calendarTo: string;
  mailingList: string;
  audience: string;
  draftMailing: string;
  mailingToSend: string;
}

export const UNKNOWN_ID = '6f1c9a4e-2d7b-4b8e-9c3a-1e2f3a4b5c6d';

/** Runs a mutation and answers the id of the record it returns. */
async function create(client: GraphqlClient, document: string, input: Record<string, unknown>): Promise<string> {
  const data = await client.ok<Record<string, { id: string }>>(document, { input });
  return Object.values(data)[0].id;
}

const ORGANISATION = 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }';
const CONTACT = 'mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }';
const INSTITUTION = 'mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }';
const CAMPAIGN = 'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }';
const TARGET = 'mutation ($input: AddTargetInput!) { addTarget(input: $input) { id } }';
const INTERACTION = 'mutation ($input: LogInteractionInput!) { logInteraction(input: $input) { id commitments { id } } }';
const DOCUMENT = 'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }';
const TASK = 'mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }';

/** Signs in an active user of the role (members represent organisation A) in a new client. */
export async function signInAs(testApp: TestApp, role: Role, email: string, name: string, organisationId: string | null): Promise<GraphqlClient> {
  await testApp.createUser({ email, role, name, organisationId });
  const client = testApp.client();
  const result = await client.signIn(email);
  if (result.errors) throw new Error(`Could not sign in ${email}: ${JSON.stringify(result.errors)}`);
  return client;
}

/** One of every record the matrix needs, and a client per caller. */
export async function seedAuthorisationMatrix(testApp: TestApp): Promise<{ seed: Seed; clients: Record<Caller, GraphqlClient> }> {
  const coordinator = await signInAs(testApp, Role.COORDINATOR, SECRET.userEmails.COORDINATOR, SECRET.userNames.COORDINATOR, null);
  const organisation = (name: string) => create(coordinator, ORGANISATION, { name, type: 'NGO', membershipStatus: 'ACTIVE' });
  const orgA = await organisation('Northwatch');
  const orgB = await organisation('Riverside Rights');
  const orgScratch = await create(coordinator, ORGANISATION, { name: 'Scratch Collective', type: 'OTHER' });
  const clients: Record<Caller, GraphqlClient> = {
    COORDINATOR: coordinator,
    ADVOCATE: await signInAs(testApp, Role.ADVOCATE, SECRET.userEmails.ADVOCATE, SECRET.userNames.ADVOCATE, null),
    ANALYST: await signInAs(testApp, Role.ANALYST, SECRET.userEmails.ANALYST, SECRET.userNames.ANALYST, null),
    MEMBER: await signInAs(testApp, Role.MEMBER, SECRET.userEmails.MEMBER, SECRET.userNames.MEMBER, orgA),
    ANONYMOUS: testApp.client(),
  };
  const advocate = clients.ADVOCATE;
  const analystId = (await clients.ANALYST.ok<{ me: { id: string } }>('{ me { id } }')).me.id;

  const { institutions } = await coordinator.ok<{ institutions: { edges: { node: { id: string; referenceKey: string | null } }[] } }>(
    '{ institutions(first: 100) { edges { node { id referenceKey } } } }',
  );
  const reference = (key: string) => institutions.edges.find((edge) => edge.node.referenceKey === key)?.node.id as string;
  const mission = reference('mission-fr-un');
  const council = reference('un-security-council');

  const contact = (firstName: string, lastName: string, extra: Record<string, unknown> = {}) => create(coordinator, CONTACT, { firstName, lastName, ...extra });
  const contactA = await contact('Leila', 'Osman', { affiliations: [{ organisationId: orgA }], emails: [{ address: SECRET.ownContactEmail }] });
  const contactB = await contact('Salma', 'Haddad', {
    affiliations: [{ organisationId: orgB }],
    emails: [{ address: SECRET.otherContactEmail }],
    phones: [{ number: SECRET.otherContactPhone }],
    notes: SECRET.otherContactNotes,
    emailConsent: { status: 'GRANTED', source: SECRET.otherContactConsent },
  });
  const policymaker = await contact('Pierre', 'Laurent', { emails: [{ address: SECRET.policymakerEmail }] });
  await coordinator.ok('mutation ($input: AddPositionInput!) { addPosition(input: $input) { id } }', {
    input: { contactId: policymaker, institutionId: mission, title: 'Counsellor', startDate: '2024-09-01' },
  });
  const contactToUpdate = await contact('Editable', 'Person');
  const position = await create(coordinator, 'mutation ($input: AddPositionInput!) { addPosition(input: $input) { id } }', {
    contactId: contactToUpdate,
    institutionId: mission,
    title: 'Attaché',
    startDate: '2023-01-01',
  });

  const campaign = (name: string, visibility: string) => create(coordinator, CAMPAIGN, { name, status: 'ACTIVE', visibility });
  const membersCampaign = await campaign('Protect civilians in El Fasher', 'MEMBERS');
  const internalCampaign = await campaign(SECRET.internalCampaign, 'INTERNAL');
  const scratchCampaign = await campaign('Scratch campaign', 'INTERNAL');
  const target = await create(coordinator, TARGET, { campaignId: membersCampaign, contactId: policymaker, priority: 'HIGH' });
  await coordinator.ok('mutation ($input: UpdateTargetInput!) { updateTarget(input: $input) { id } }', {
    input: { targetId: target, stance: SECRET.stance, stanceNote: SECRET.stanceNote },
  });
  await coordinator.ok('mutation ($input: SetParticipationInput!) { setParticipation(input: $input) { id } }', {
    input: { campaignId: internalCampaign, organisationId: orgA, role: 'LEAD' },
  });

  const document = (title: string, status: string, campaignIds: string[]) => create(advocate, DOCUMENT, { title, kind: 'OPTIONS_PAPER', status, campaignIds, body: 'Text.' });
  const draftDocument = await document(SECRET.draftDocument, 'DRAFT', [membersCampaign]);
  const publishedDocument = await document('Published options paper', 'PUBLISHED', [membersCampaign, internalCampaign]);
  const internalDocument = await document(SECRET.internalDocument, 'PUBLISHED', [internalCampaign]);

  const interaction = (input: Record<string, unknown>) => coordinator.ok<{ logInteraction: { id: string; commitments: { id: string }[] } }>(INTERACTION, { input });
  const coalitionLogged = await interaction({
    occurredAt: '2026-03-10T10:00:00Z',
    confidentiality: 'COALITION',
    campaignId: membersCampaign,
    contactIds: [policymaker],
    subject: 'Briefing at the mission',
    summary: SECRET.coalitionSummary,
    outcome: SECRET.coalitionOutcome,
    participantOrganisationIds: [orgA],
    documentIds: [draftDocument, publishedDocument],
    commitments: [{ contactId: policymaker, description: SECRET.commitment }],
    followUpTasks: [{ title: SECRET.orgBFollowUp, assigneeOrganisationId: orgB }],
  });
  const coalitionOfInternalCampaign = (await interaction({ occurredAt: '2026-03-09T10:00:00Z', confidentiality: 'COALITION', campaignId: internalCampaign, contactIds: [policymaker] }))
    .logInteraction.id;
  const internal = (await interaction({ occurredAt: '2026-03-08T10:00:00Z', confidentiality: 'INTERNAL', contactIds: [policymaker], subject: SECRET.internalSubject })).logInteraction.id;
  const restricted = (await interaction({
    occurredAt: '2026-03-07T10:00:00Z',
    confidentiality: 'RESTRICTED',
    contactIds: [policymaker],
    participantUserIds: [analystId],
    subject: SECRET.restrictedSubject,
    summary: SECRET.restrictedSummary,
  })).logInteraction.id;

  const task = (title: string, assigneeOrganisationId: string, campaignId?: string) => create(coordinator, TASK, { title, assigneeOrganisationId, campaignId });
  const from = new Date(Date.now() - 7 * 86_400_000);
  const to = new Date(Date.now() + 30 * 86_400_000);
  await coordinator.ok('mutation ($input: CreateCalendarEventInput!) { createCalendarEvent(input: $input) { id } }', {
    input: { title: SECRET.calendarEvent, startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(), campaignId: internalCampaign },
  });

  const invite = (email: string) =>
    create(coordinator, 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }', { email, name: email.split('@')[0], role: 'ADVOCATE' });
  await invite('invited@alliance.test');
  const reinvitedUser = await invite('reinvited@alliance.test');
  const mail = await testApp.smtp.waitForMessageTo('invited@alliance.test');
  const invitationToken = decodeURIComponent(/accept-invitation\?token=([A-Za-z0-9_%-]+)/.exec(mail.parsed.text ?? '')?.[1] ?? '');

  const mailingList = await create(coordinator, 'mutation ($input: CreateMailingListInput!) { createMailingList(input: $input) { id } }', { name: 'Action alerts' });
  const audience = await create(coordinator, 'mutation ($input: CreateAudienceInput!) { createAudience(input: $input) { id } }', {
    name: 'Everyone on Action alerts',
    rule: { kind: 'LISTS', listIds: [mailingList] },
  });
  const mailing = (name: string) =>
    create(coordinator, 'mutation ($input: CreateMailingInput!) { createMailing(input: $input) { id } }', {
      name,
      listId: mailingList,
      audienceId: audience,
      translations: [{ language: 'EN', subject: 'Act now', body: 'Dear {{firstName}}, write to your minister today.' }],
    });

  const seed: Seed = {
    mailingList,
    audience,
    draftMailing: await mailing('Draft alert'),
    mailingToSend: await mailing('Alert to send'),
    orgA,
    orgB,
    orgScratch,
    contactA,
    contactB,
    policymaker,
    contactToDelete: await contact('Deletable', 'Person'),
    contactToUpdate,
    contactMet: await contact('Met', 'Person'),
    mergeKeep: await contact('Merge', 'Keeper'),
    mergeGone: await contact('Merge', 'Duplicate'),
    mission,
    council,
    institutionToDelete: await create(coordinator, INSTITUTION, { name: 'Deletable Commission', kind: 'OTHER' }),
    institutionToUpdate: await create(coordinator, INSTITUTION, { name: 'Editable Commission', kind: 'OTHER' }),
    position,
    membersCampaign,
    internalCampaign,
    scratchCampaign,
    scratchTarget: await create(coordinator, TARGET, { campaignId: scratchCampaign, institutionId: mission }),
    coalition: coalitionLogged.logInteraction.id,
    coalitionOfInternalCampaign,
    internal,
    restricted,
    commitment: coalitionLogged.logInteraction.commitments[0].id,
    draftDocument,
    publishedDocument,
    internalDocument,
    documentToDelete: await document('Deletable note', 'DRAFT', []),
    documentToUpdate: await document('Editable note', 'DRAFT', []),
    taskA: await task('Northwatch: draft the joint letter', orgA, internalCampaign),
    taskB: await task(SECRET.orgBTask, orgB),
    spareUser: (await testApp.createUser({ email: 'spare@alliance.test', role: Role.ADVOCATE, name: 'Spare Advocate' })).id,
    reinvitedUser,
    signInEmail: (await testApp.createUser({ email: 'signin@alliance.test', role: Role.ANALYST })).email,
    invitationToken,
    calendarFrom: from.toISOString(),
    calendarTo: to.toISOString(),
  };
  return { seed, clients };
}
