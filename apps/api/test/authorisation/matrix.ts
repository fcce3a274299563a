import type { Caller, Seed } from './seed';
import { SECRET, UNKNOWN_ID } from './seed';

/**
 * Who may do what, as the API promises it: every query and mutation of the schema against every
 * caller, then the protected fields reached directly and through nested paths. The spec runs every
 * cell against a live API and docs/authorisation-matrix.md is rendered from this table.
 *
 *   allow    the caller gets the operation or the field
 *   refused  FORBIDDEN (UNAUTHENTICATED when not signed in), on the operation or on the field
 *   hidden   no error: the record is null or left out of the list, as the contract says
 */
export type Outcome = 'allow' | 'refused' | 'hidden';
export type Expected = Record<Caller, Outcome>;
type Variables = (seed: Seed, caller: Caller) => Record<string, unknown>;

export interface OperationRow {
  /** `Query.x` or `Mutation.x`: the operation called at the root of the document. */
  operation: string;
  expected: Expected;
  document: string;
  variables?: Variables;
  /** Runs on a new session of the caller's role: the call ends, replaces or changes the session. */
  freshSession?: boolean;
  /** An allowed call may answer null (e.g. `me` when not signed in). */
  nullable?: boolean;
}

export interface FieldRow {
  /** What is reached and how, as it reads in the documentation. */
  label: string;
  expected: Expected;
  /** The field a refusal is raised on. */
  field: string;
  /** Present in the response exactly when the caller was given what the row protects. */
  secret: string;
  document: string;
  variables?: Variables;
  /** A known gap in the API: the cell states the contract and is expected to fail until it is fixed. */
  knownIssue?: string;
}

const a = 'allow';
const r = 'refused';
const h = 'hidden';
/** Outcomes in the order COORDINATOR, ADVOCATE, ANALYST, MEMBER, ANONYMOUS. */
const by = (COORDINATOR: Outcome, ADVOCATE: Outcome, ANALYST: Outcome, MEMBER: Outcome, ANONYMOUS: Outcome): Expected => ({ COORDINATOR, ADVOCATE, ANALYST, MEMBER, ANONYMOUS });

const EVERYONE = by(a, a, a, a, a);
const SIGNED_IN = by(a, a, a, a, r);
const STAFF = by(a, a, a, r, r);
const COORDINATOR_ADVOCATE = by(a, a, r, r, r);
const COORDINATOR_ADVOCATE_MEMBER = by(a, a, r, a, r);
const COORDINATOR = by(a, r, r, r, r);
const MEMBER = by(r, r, r, a, r);
/** Staff get it; a member representative does not, without an error. */
const STAFF_MEMBER_HIDDEN = by(a, a, a, h, r);
/** Coordinators and the named analyst read it; the advocate and members never learn of it. */
const NAMED_ONLY = by(a, h, a, h, r);

const id = (key: keyof Seed) => (seed: Seed) => ({ id: seed[key] });
const input = (build: (seed: Seed, caller: Caller) => Record<string, unknown>) => (seed: Seed, caller: Caller) => ({ input: build(seed, caller) });
const BY_ID = (field: string, selection = 'id') => `query ($id: ID!) { ${field}(id: $id) { ${selection} } }`;
const MUTATE = (field: string, type: string, selection = 'id') => `mutation ($input: ${type}!) { ${field}(input: $input) { ${selection} } }`;
const MUTATE_ID = (field: string, selection = 'id', argument = 'id') => `mutation ($id: ID!) { ${field}(${argument}: $id) { ${selection} } }`;
const today = () => new Date().toISOString().slice(0, 10);

export const OPERATIONS: OperationRow[] = [
  { operation: 'Query.auditEvents', expected: COORDINATOR, document: '{ auditEvents(first: 1) { totalCount } }' },
  { operation: 'Query.calendarEvents', expected: SIGNED_IN, document: 'query ($from: DateTime!, $to: DateTime!) { calendarEvents(from: $from, to: $to) { id } }', variables: (s) => ({ from: s.calendarFrom, to: s.calendarTo }) },
  { operation: 'Query.campaign', expected: SIGNED_IN, document: BY_ID('campaign'), variables: id('membersCampaign') },
  { operation: 'Query.campaigns', expected: SIGNED_IN, document: '{ campaigns { totalCount } }' },
  { operation: 'Query.colleagues', expected: STAFF, document: '{ colleagues { totalCount } }' },
  { operation: 'Query.contact', expected: SIGNED_IN, document: BY_ID('contact', 'id lastName'), variables: id('contactA') },
  { operation: 'Query.contactDuplicates', expected: COORDINATOR_ADVOCATE, document: '{ contactDuplicates { score } }' },
  { operation: 'Query.contacts', expected: SIGNED_IN, document: '{ contacts { totalCount } }' },
  { operation: 'Query.countries', expected: SIGNED_IN, document: '{ countries { code } }' },
  { operation: 'Query.dashboard', expected: STAFF, document: '{ dashboard { activeCampaigns { tasksOpen } } }' },
  { operation: 'Query.deletedContacts', expected: COORDINATOR, document: '{ deletedContacts { totalCount } }' },
  { operation: 'Query.deletedInstitutions', expected: COORDINATOR, document: '{ deletedInstitutions { totalCount } }' },
  { operation: 'Query.deletedOrganisations', expected: COORDINATOR, document: '{ deletedOrganisations { totalCount } }' },
  { operation: 'Query.document', expected: SIGNED_IN, document: BY_ID('document', 'id title'), variables: id('publishedDocument') },
  { operation: 'Query.documents', expected: SIGNED_IN, document: '{ documents { totalCount } }' },
  { operation: 'Query.institution', expected: SIGNED_IN, document: BY_ID('institution', 'id name'), variables: id('council') },
  { operation: 'Query.institutions', expected: SIGNED_IN, document: '{ institutions(first: 1) { totalCount } }' },
  { operation: 'Query.interaction', expected: SIGNED_IN, document: BY_ID('interaction', 'id occurredAt'), variables: id('coalition') },
  { operation: 'Query.interactions', expected: SIGNED_IN, document: '{ interactions { totalCount } }' },
  { operation: 'Query.invitation', expected: EVERYONE, document: 'query ($token: String!) { invitation(token: $token) { email } }', variables: (s) => ({ token: s.invitationToken }) },
  { operation: 'Query.mailDelivery', expected: COORDINATOR, document: '{ mailDelivery { outbox } }' },
  { operation: 'Query.outboxMessage', expected: COORDINATOR, document: BY_ID('outboxMessage', 'id'), variables: () => ({ id: '0000000000000-000000000000' }), nullable: true },
  { operation: 'Query.outboxMessages', expected: COORDINATOR, document: '{ outboxMessages(first: 1) { totalCount } }' },
  { operation: 'Query.me', expected: EVERYONE, document: '{ me { id } }', nullable: true },
  { operation: 'Query.myTasks', expected: SIGNED_IN, document: '{ myTasks { totalCount } }' },
  { operation: 'Query.openCommitments', expected: STAFF, document: 'query ($id: ID!) { openCommitments(campaignId: $id) { id } }', variables: id('membersCampaign') },
  { operation: 'Query.organisation', expected: SIGNED_IN, document: BY_ID('organisation', 'id name'), variables: id('orgB') },
  { operation: 'Query.organisations', expected: SIGNED_IN, document: '{ organisations { totalCount } }' },
  { operation: 'Query.policymakers', expected: SIGNED_IN, document: '{ policymakers { totalCount } }' },
  { operation: 'Query.search', expected: SIGNED_IN, document: '{ search(query: "Laurent") { kind } }' },
  { operation: 'Query.seats', expected: SIGNED_IN, document: 'query ($id: ID!) { seats(bodyId: $id) { id } }', variables: id('council') },
  { operation: 'Query.task', expected: SIGNED_IN, document: BY_ID('task', 'id title'), variables: id('taskA') },
  { operation: 'Query.tasks', expected: SIGNED_IN, document: '{ tasks { totalCount } }' },
  { operation: 'Query.users', expected: COORDINATOR, document: '{ users { totalCount } }' },
  { operation: 'Query.audience', expected: COORDINATOR_ADVOCATE, document: BY_ID('audience', 'id name'), variables: id('audience') },
  { operation: 'Query.audienceCount', expected: COORDINATOR_ADVOCATE, document: 'query ($listId: ID!) { audienceCount(listId: $listId, rule: { kind: LISTS, listIds: [$listId] }) { recipients } }', variables: (s) => ({ listId: s.mailingList }) },
  { operation: 'Query.audiences', expected: COORDINATOR_ADVOCATE, document: '{ audiences { totalCount } }' },
  { operation: 'Query.listSubscriptions', expected: COORDINATOR_ADVOCATE, document: '{ listSubscriptions { totalCount } }' },
  { operation: 'Query.mailing', expected: COORDINATOR_ADVOCATE, document: BY_ID('mailing', 'id name'), variables: id('draftMailing') },
  { operation: 'Query.mailingList', expected: COORDINATOR_ADVOCATE, document: BY_ID('mailingList', 'id name'), variables: id('mailingList') },
  { operation: 'Query.mailingLists', expected: COORDINATOR_ADVOCATE, document: '{ mailingLists { totalCount } }' },
  { operation: 'Query.mailings', expected: COORDINATOR_ADVOCATE, document: '{ mailings { totalCount } }' },
  { operation: 'Query.previewMailing', expected: COORDINATOR_ADVOCATE, document: 'query ($id: ID!) { previewMailing(id: $id) { subject } }', variables: id('draftMailing') },
  { operation: 'Query.suppressions', expected: COORDINATOR, document: '{ suppressions { totalCount } }' },

  { operation: 'Mutation.approveMailing', expected: COORDINATOR, document: MUTATE_ID('approveMailing'), variables: () => ({ id: UNKNOWN_ID }) },
  { operation: 'Mutation.cancelMailing', expected: COORDINATOR, document: MUTATE_ID('cancelMailing'), variables: id('draftMailing') },
  { operation: 'Mutation.createAudience', expected: COORDINATOR, document: MUTATE('createAudience', 'CreateAudienceInput'), variables: input((s, caller) => ({ name: `Audience of ${caller}`, rule: { kind: 'LISTS', listIds: [s.mailingList] } })) },
  { operation: 'Mutation.createMailing', expected: COORDINATOR, document: MUTATE('createMailing', 'CreateMailingInput'), variables: input((s, caller) => ({ name: `Alert by ${caller}`, listId: s.mailingList })) },
  { operation: 'Mutation.createMailingList', expected: COORDINATOR, document: MUTATE('createMailingList', 'CreateMailingListInput'), variables: input((_s, caller) => ({ name: `List of ${caller}` })) },
  { operation: 'Mutation.pauseMailing', expected: COORDINATOR, document: MUTATE_ID('pauseMailing'), variables: id('draftMailing') },
  { operation: 'Mutation.resendUnknownDeliveries', expected: COORDINATOR, document: MUTATE_ID('resendUnknownDeliveries'), variables: id('draftMailing') },
  { operation: 'Mutation.resumeMailing', expected: COORDINATOR, document: MUTATE_ID('resumeMailing'), variables: id('draftMailing') },
  { operation: 'Mutation.sendMailing', expected: COORDINATOR, document: MUTATE('sendMailing', 'SendMailingInput'), variables: input((s) => ({ id: s.mailingToSend })) },
  { operation: 'Mutation.subscribeContact', expected: COORDINATOR, document: MUTATE('subscribeContact', 'SubscribeContactInput'), variables: input((s) => ({ listId: s.mailingList, contactId: s.contactA, consentSource: 'Signed sheet, Geneva side event' })) },
  { operation: 'Mutation.suppressAddress', expected: COORDINATOR, document: MUTATE('suppressAddress', 'SuppressAddressInput', 'address'), variables: input(() => ({ address: 'bounced@example.test' })) },
  { operation: 'Mutation.testSendMailing', expected: COORDINATOR, document: 'mutation ($id: ID!) { testSendMailing(id: $id) }', variables: id('draftMailing') },
  { operation: 'Mutation.unsubscribeContact', expected: COORDINATOR, document: MUTATE('unsubscribeContact', 'UnsubscribeContactInput'), variables: input((s) => ({ listId: s.mailingList, contactId: s.contactB })) },
  { operation: 'Mutation.unsuppressAddress', expected: COORDINATOR, document: 'mutation ($address: String!) { unsuppressAddress(address: $address) }', variables: () => ({ address: 'bounced@example.test' }) },
  { operation: 'Mutation.updateAudience', expected: COORDINATOR, document: MUTATE('updateAudience', 'UpdateAudienceInput'), variables: input((s) => ({ id: s.audience, name: 'Everyone on Action alerts (renamed)' })) },
  { operation: 'Mutation.updateMailing', expected: COORDINATOR, document: MUTATE('updateMailing', 'UpdateMailingInput'), variables: input((s) => ({ id: s.draftMailing, name: 'Draft alert (renamed)' })) },
  { operation: 'Mutation.updateMailingList', expected: COORDINATOR, document: MUTATE('updateMailingList', 'UpdateMailingListInput'), variables: input((s) => ({ id: s.mailingList, description: 'Urgent calls to act.' })) },
  { operation: 'Mutation.acceptInvitation', expected: EVERYONE, document: MUTATE('acceptInvitation', 'AcceptInvitationInput'), variables: input((s) => ({ token: s.invitationToken, password: 'a long and private passphrase' })), freshSession: true },
  { operation: 'Mutation.addPosition', expected: COORDINATOR_ADVOCATE, document: MUTATE('addPosition', 'AddPositionInput'), variables: input((s) => ({ contactId: s.contactMet, institutionId: s.mission, title: 'Adviser', startDate: '2025-01-01' })) },
  { operation: 'Mutation.addRelationship', expected: COORDINATOR_ADVOCATE, document: MUTATE('addRelationship', 'AddRelationshipInput'), variables: input((s) => ({ fromContactId: s.contactMet, toContactId: s.policymaker, kind: 'ADVISES' })) },
  { operation: 'Mutation.addSeat', expected: COORDINATOR_ADVOCATE, document: MUTATE('addSeat', 'AddSeatInput'), variables: input((s) => ({ bodyId: s.institutionToUpdate, memberId: s.mission, role: 'MEMBER', startDate: '2025-01-01' })) },
  { operation: 'Mutation.addTarget', expected: COORDINATOR_ADVOCATE, document: MUTATE('addTarget', 'AddTargetInput'), variables: input((s) => ({ campaignId: s.scratchCampaign, contactId: s.contactMet })) },
  { operation: 'Mutation.addTaskComment', expected: SIGNED_IN, document: MUTATE('addTaskComment', 'AddTaskCommentInput'), variables: input((s) => ({ taskId: s.taskA, body: 'On it.' })) },
  { operation: 'Mutation.changeMembershipStatus', expected: COORDINATOR, document: MUTATE('changeMembershipStatus', 'ChangeMembershipStatusInput'), variables: input((s) => ({ organisationId: s.orgScratch, status: 'APPLIED' })) },
  { operation: 'Mutation.changeUserRole', expected: COORDINATOR, document: MUTATE('changeUserRole', 'ChangeUserRoleInput'), variables: input((s) => ({ userId: s.spareUser, role: 'ANALYST' })) },
  { operation: 'Mutation.createCalendarEvent', expected: STAFF, document: MUTATE('createCalendarEvent', 'CreateCalendarEventInput'), variables: input(() => ({ title: 'Council session', startsAt: '2026-06-01T09:00:00Z' })) },
  { operation: 'Mutation.createCampaign', expected: COORDINATOR_ADVOCATE, document: MUTATE('createCampaign', 'CreateCampaignInput'), variables: input((_s, caller) => ({ name: `Campaign by ${caller}` })) },
  { operation: 'Mutation.createContact', expected: COORDINATOR_ADVOCATE, document: MUTATE('createContact', 'CreateContactInput'), variables: input((_s, caller) => ({ firstName: 'New', lastName: caller })) },
  { operation: 'Mutation.createDocument', expected: STAFF, document: MUTATE('createDocument', 'CreateDocumentInput'), variables: input((_s, caller) => ({ title: `Note by ${caller}`, kind: 'OTHER' })) },
  { operation: 'Mutation.createInstitution', expected: COORDINATOR_ADVOCATE, document: MUTATE('createInstitution', 'CreateInstitutionInput'), variables: input((_s, caller) => ({ name: `Commission of ${caller}`, kind: 'OTHER' })) },
  { operation: 'Mutation.createOrganisation', expected: COORDINATOR_ADVOCATE, document: MUTATE('createOrganisation', 'CreateOrganisationInput'), variables: input((_s, caller) => ({ name: `Organisation of ${caller}`, type: 'NGO' })) },
  { operation: 'Mutation.createTask', expected: STAFF, document: MUTATE('createTask', 'CreateTaskInput'), variables: input((_s, caller) => ({ title: `Task by ${caller}`, dueDate: today() })) },
  { operation: 'Mutation.deleteCalendarEvent', expected: STAFF, document: 'mutation ($id: ID!) { deleteCalendarEvent(id: $id) }', variables: () => ({ id: UNKNOWN_ID }) },
  { operation: 'Mutation.deleteContact', expected: COORDINATOR, document: MUTATE_ID('deleteContact'), variables: id('contactToDelete') },
  { operation: 'Mutation.deleteDocument', expected: STAFF, document: MUTATE_ID('deleteDocument'), variables: id('documentToDelete') },
  { operation: 'Mutation.deleteInstitution', expected: COORDINATOR, document: MUTATE_ID('deleteInstitution'), variables: id('institutionToDelete') },
  { operation: 'Mutation.deleteOrganisation', expected: COORDINATOR, document: MUTATE_ID('deleteOrganisation'), variables: id('orgScratch') },
  { operation: 'Mutation.disableUser', expected: COORDINATOR, document: MUTATE_ID('disableUser', 'id', 'userId'), variables: (s) => ({ id: s.spareUser }) },
  { operation: 'Mutation.enableUser', expected: COORDINATOR, document: MUTATE_ID('enableUser', 'id', 'userId'), variables: (s) => ({ id: s.spareUser }) },
  { operation: 'Mutation.endPosition', expected: COORDINATOR_ADVOCATE, document: MUTATE('endPosition', 'EndPositionInput'), variables: input((s) => ({ positionId: s.position, endDate: '2025-12-31' })) },
  { operation: 'Mutation.inviteUser', expected: COORDINATOR, document: MUTATE('inviteUser', 'InviteUserInput'), variables: input((_s, caller) => ({ email: `invitee.${caller.toLowerCase()}@alliance.test`, name: 'Invitee', role: 'ANALYST' })) },
  { operation: 'Mutation.joinCampaign', expected: MEMBER, document: MUTATE_ID('joinCampaign', 'role'), variables: id('membersCampaign') },
  { operation: 'Mutation.leaveCampaign', expected: MEMBER, document: MUTATE_ID('leaveCampaign', 'role'), variables: id('membersCampaign') },
  { operation: 'Mutation.logInteraction', expected: STAFF, document: MUTATE('logInteraction', 'LogInteractionInput'), variables: input((s) => ({ occurredAt: '2026-01-15T10:00:00Z', contactIds: [s.contactMet] })) },
  { operation: 'Mutation.mergeContacts', expected: COORDINATOR, document: MUTATE('mergeContacts', 'MergeContactsInput'), variables: input((s) => ({ keepId: s.mergeKeep, mergeId: s.mergeGone })) },
  { operation: 'Mutation.removeAttachment', expected: STAFF, document: MUTATE_ID('removeAttachment'), variables: () => ({ id: UNKNOWN_ID }) },
  { operation: 'Mutation.removeRelationship', expected: COORDINATOR_ADVOCATE, document: 'mutation ($id: ID!) { removeRelationship(id: $id) }', variables: () => ({ id: UNKNOWN_ID }) },
  { operation: 'Mutation.resendInvitation', expected: COORDINATOR, document: MUTATE_ID('resendInvitation', 'id', 'userId'), variables: (s) => ({ id: s.reinvitedUser }) },
  { operation: 'Mutation.restoreContact', expected: COORDINATOR, document: MUTATE_ID('restoreContact'), variables: id('contactToDelete') },
  { operation: 'Mutation.restoreInstitution', expected: COORDINATOR, document: MUTATE_ID('restoreInstitution'), variables: id('institutionToDelete') },
  { operation: 'Mutation.restoreOrganisation', expected: COORDINATOR, document: MUTATE_ID('restoreOrganisation'), variables: id('orgScratch') },
  { operation: 'Mutation.setParticipation', expected: COORDINATOR, document: MUTATE('setParticipation', 'SetParticipationInput'), variables: input((s) => ({ campaignId: s.scratchCampaign, organisationId: s.orgB, role: 'PARTNER' })) },
  { operation: 'Mutation.signIn', expected: EVERYONE, document: MUTATE('signIn', 'SignInInput'), variables: input((s) => ({ email: s.signInEmail, password: 'correct horse battery staple' })), freshSession: true },
  { operation: 'Mutation.signOut', expected: SIGNED_IN, document: 'mutation { signOut }', freshSession: true },
  { operation: 'Mutation.signOutEverywhere', expected: SIGNED_IN, document: 'mutation { signOutEverywhere }', freshSession: true },
  { operation: 'Mutation.updateCampaign', expected: COORDINATOR_ADVOCATE, document: MUTATE('updateCampaign', 'UpdateCampaignInput'), variables: input((s) => ({ id: s.scratchCampaign, objective: 'Keep the track open' })) },
  { operation: 'Mutation.updateCommitment', expected: COORDINATOR_ADVOCATE, document: MUTATE('updateCommitment', 'UpdateCommitmentInput'), variables: input((s) => ({ commitmentId: s.commitment, status: 'IN_PROGRESS' })) },
  { operation: 'Mutation.updateContact', expected: COORDINATOR_ADVOCATE, document: MUTATE('updateContact', 'UpdateContactInput'), variables: input((s) => ({ id: s.contactToUpdate, tags: ['diplomat'] })) },
  { operation: 'Mutation.updateDocument', expected: STAFF, document: MUTATE('updateDocument', 'UpdateDocumentInput'), variables: input((s) => ({ id: s.documentToUpdate, kind: 'LETTER' })) },
  { operation: 'Mutation.updateInstitution', expected: COORDINATOR_ADVOCATE, document: MUTATE('updateInstitution', 'UpdateInstitutionInput'), variables: input((s) => ({ id: s.institutionToUpdate, acronym: 'EC' })) },
  { operation: 'Mutation.updateMyPreferences', expected: SIGNED_IN, document: MUTATE('updateMyPreferences', 'UpdateMyPreferencesInput'), variables: input(() => ({ language: 'EN' })) },
  { operation: 'Mutation.updateOrganisation', expected: COORDINATOR_ADVOCATE_MEMBER, document: MUTATE('updateOrganisation', 'UpdateOrganisationInput'), variables: input((s) => ({ id: s.orgA, city: 'Nairobi' })) },
  { operation: 'Mutation.updateTarget', expected: COORDINATOR_ADVOCATE, document: MUTATE('updateTarget', 'UpdateTargetInput'), variables: input((s) => ({ targetId: s.scratchTarget, priority: 'HIGH' })) },
  { operation: 'Mutation.updateTask', expected: SIGNED_IN, document: MUTATE('updateTask', 'UpdateTaskInput'), variables: input((s) => ({ id: s.taskA, status: 'IN_PROGRESS' })) },
];

const CONTACT = (selection: string) => BY_ID('contact', selection);
const CAMPAIGN = (selection: string) => BY_ID('campaign', selection);
const INTERACTION = (selection: string) => BY_ID('interaction', selection);
const TIMELINE = (selection: string) => `query ($id: ID!) { interactions(filter: { contactId: $id }) { edges { node { ${selection} } } } }`;
const MARKER = 'Changed through the authorisation matrix';

export const FIELDS: FieldRow[] = [
  // Contacts: private details go to staff, and to a member only for their own organisation's people.
  { label: "contact(id) { emails } of the member's own organisation", expected: SIGNED_IN, field: 'emails', secret: SECRET.ownContactEmail, document: CONTACT('emails { address }'), variables: id('contactA') },
  { label: "contact(id) { emails } of another organisation's contact", expected: STAFF, field: 'emails', secret: SECRET.otherContactEmail, document: CONTACT('emails { address }'), variables: id('contactB') },
  { label: "contact(id) { phones } of another organisation's contact", expected: STAFF, field: 'phones', secret: SECRET.otherContactPhone, document: CONTACT('phones { number }'), variables: id('contactB') },
  { label: "contact(id) { notes } of another organisation's contact", expected: STAFF, field: 'notes', secret: SECRET.otherContactNotes, document: CONTACT('notes'), variables: id('contactB') },
  { label: "contact(id) { emailConsent } of another organisation's contact", expected: STAFF, field: 'emailConsent', secret: SECRET.otherContactConsent, document: CONTACT('emailConsent { source }'), variables: id('contactB') },
  { label: 'contacts { emails } of another organisation', expected: STAFF, field: 'emails', secret: SECRET.otherContactEmail, document: 'query ($id: ID!) { contacts(filter: { organisationId: $id }) { edges { node { emails { address } } } } }', variables: id('orgB') },
  {
    label: "contacts(search: an email address) finds another organisation's contact",
    expected: STAFF_MEMBER_HIDDEN,
    field: 'contacts',
    secret: 'Haddad',
    document: 'query ($search: String!) { contacts(filter: { search: $search }) { edges { node { lastName } } } }',
    variables: () => ({ search: SECRET.otherContactEmail }),
  },
  { label: 'organisation(id) { affiliations { contact { emails } } } of another organisation', expected: STAFF, field: 'emails', secret: SECRET.otherContactEmail, document: BY_ID('organisation', 'affiliations { contact { emails { address } } }'), variables: id('orgB') },
  { label: 'institution(id) { positions { contact { emails } } } (a policymaker)', expected: STAFF, field: 'emails', secret: SECRET.policymakerEmail, document: BY_ID('institution', 'positions { contact { emails { address } } }'), variables: id('mission') },
  { label: 'policymakers { contact { emails } }', expected: STAFF, field: 'emails', secret: SECRET.policymakerEmail, document: 'query ($id: ID!) { policymakers(filter: { institutionId: $id }) { edges { node { contact { emails { address } } } } } }', variables: id('mission') },

  // Campaigns: internal ones are staff only; stances and commitments are staff only.
  { label: 'campaign(id) of an INTERNAL campaign', expected: STAFF_MEMBER_HIDDEN, field: 'campaign', secret: SECRET.internalCampaign, document: CAMPAIGN('name'), variables: id('internalCampaign') },
  { label: 'campaigns lists an INTERNAL campaign', expected: STAFF_MEMBER_HIDDEN, field: 'campaigns', secret: SECRET.internalCampaign, document: '{ campaigns { edges { node { name } } } }' },
  { label: 'campaign(id) { targets { stance } }', expected: STAFF, field: 'stance', secret: SECRET.stance, document: CAMPAIGN('targets { stance }'), variables: id('membersCampaign') },
  { label: 'campaign(id) { targets { stanceHistory } }', expected: STAFF, field: 'stanceHistory', secret: SECRET.stanceNote, document: CAMPAIGN('targets { stanceHistory { note } }'), variables: id('membersCampaign') },
  { label: 'campaign(id) { targets { contact { emails } } }', expected: STAFF, field: 'emails', secret: SECRET.policymakerEmail, document: CAMPAIGN('targets { contact { emails { address } } }'), variables: id('membersCampaign') },
  { label: 'campaign(id) { openCommitments }', expected: STAFF, field: 'openCommitments', secret: SECRET.commitment, document: CAMPAIGN('openCommitments { description }'), variables: id('membersCampaign') },
  { label: "organisation(id) { participations { campaign } } in an INTERNAL campaign (member's own)", expected: STAFF_MEMBER_HIDDEN, field: 'participations', secret: SECRET.internalCampaign, document: BY_ID('organisation', 'participations { campaign { name } }'), variables: id('orgA') },
  {
    label: 'calendarEvents(campaignId) of an INTERNAL campaign',
    expected: STAFF_MEMBER_HIDDEN,
    field: 'calendarEvents',
    secret: SECRET.calendarEvent,
    document: 'query ($from: DateTime!, $to: DateTime!, $id: ID) { calendarEvents(from: $from, to: $to, campaignId: $id) { title } }',
    variables: (s) => ({ from: s.calendarFrom, to: s.calendarTo, id: s.internalCampaign }),
  },
  { label: 'joinCampaign(id) of an INTERNAL campaign', expected: by(r, r, r, r, r), field: 'joinCampaign', secret: 'SUPPORTER', document: MUTATE_ID('joinCampaign', 'role'), variables: id('internalCampaign') },

  // Interactions: members see coalition ones, without notes; restricted ones only for the people named.
  { label: 'interactions { summary } (COALITION)', expected: STAFF, field: 'summary', secret: SECRET.coalitionSummary, document: TIMELINE('summary'), variables: id('policymaker') },
  { label: 'interaction(id) { outcome } (COALITION)', expected: STAFF, field: 'outcome', secret: SECRET.coalitionOutcome, document: INTERACTION('outcome'), variables: id('coalition') },
  { label: 'interaction(id) { commitments } (COALITION)', expected: STAFF, field: 'commitments', secret: SECRET.commitment, document: INTERACTION('commitments { description }'), variables: id('coalition') },
  { label: 'interaction(id) { participantUsers } (COALITION)', expected: STAFF_MEMBER_HIDDEN, field: 'participantUsers', secret: SECRET.userNames.COORDINATOR, document: INTERACTION('participantUsers { name }'), variables: id('coalition') },
  { label: 'interaction(id) { contacts { emails } } (COALITION)', expected: STAFF, field: 'emails', secret: SECRET.policymakerEmail, document: INTERACTION('contacts { emails { address } }'), variables: id('coalition') },
  { label: 'interaction(id) { documents } (COALITION, a draft handed over)', expected: STAFF_MEMBER_HIDDEN, field: 'documents', secret: SECRET.draftDocument, document: INTERACTION('documents { title }'), variables: id('coalition') },
  { label: "interaction(id) { followUpTasks } (COALITION, another organisation's task)", expected: STAFF_MEMBER_HIDDEN, field: 'followUpTasks', secret: SECRET.orgBFollowUp, document: INTERACTION('followUpTasks { title }'), variables: id('coalition') },
  { label: 'interaction(id) { campaign } (COALITION, of an INTERNAL campaign)', expected: STAFF_MEMBER_HIDDEN, field: 'campaign', secret: SECRET.internalCampaign, document: INTERACTION('campaign { name }'), variables: id('coalitionOfInternalCampaign') },
  { label: 'interaction(id) of an INTERNAL one', expected: STAFF_MEMBER_HIDDEN, field: 'interaction', secret: SECRET.internalSubject, document: INTERACTION('subject'), variables: id('internal') },
  { label: 'interactions lists an INTERNAL one', expected: STAFF_MEMBER_HIDDEN, field: 'interactions', secret: SECRET.internalSubject, document: TIMELINE('subject'), variables: id('policymaker') },
  { label: 'interaction(id) of a RESTRICTED one naming the analyst', expected: NAMED_ONLY, field: 'interaction', secret: SECRET.restrictedSubject, document: INTERACTION('subject'), variables: id('restricted') },
  { label: 'interaction(id) { summary } of a RESTRICTED one naming the analyst', expected: NAMED_ONLY, field: 'summary', secret: SECRET.restrictedSummary, document: INTERACTION('summary'), variables: id('restricted') },
  { label: 'interactions lists a RESTRICTED one naming the analyst', expected: NAMED_ONLY, field: 'interactions', secret: SECRET.restrictedSubject, document: TIMELINE('subject'), variables: id('policymaker') },
  { label: 'dashboard { recentInteractions } with a RESTRICTED one naming the analyst', expected: by(a, h, a, r, r), field: 'dashboard', secret: SECRET.restrictedSubject, document: '{ dashboard { recentInteractions { subject } } }' },

  // Documents: members read published ones of campaigns open to members.
  { label: 'document(id) of a DRAFT (in a campaign open to members)', expected: STAFF_MEMBER_HIDDEN, field: 'document', secret: SECRET.draftDocument, document: BY_ID('document', 'title'), variables: id('draftDocument') },
  { label: 'document(id) PUBLISHED in an INTERNAL campaign only', expected: STAFF_MEMBER_HIDDEN, field: 'document', secret: SECRET.internalDocument, document: BY_ID('document', 'title'), variables: id('internalDocument') },
  { label: 'documents lists a DRAFT', expected: STAFF_MEMBER_HIDDEN, field: 'documents', secret: SECRET.draftDocument, document: '{ documents { edges { node { title } } } }' },
  { label: 'document(id) { createdBy } (PUBLISHED)', expected: STAFF_MEMBER_HIDDEN, field: 'createdBy', secret: SECRET.userNames.ADVOCATE, document: BY_ID('document', 'createdBy { name }'), variables: id('publishedDocument') },
  { label: 'document(id) { campaigns } (PUBLISHED, also in an INTERNAL campaign)', expected: STAFF_MEMBER_HIDDEN, field: 'campaigns', secret: SECRET.internalCampaign, document: BY_ID('document', 'campaigns { name }'), variables: id('publishedDocument') },

  // Tasks and organisations: a member works on their own organisation's only.
  { label: "task(id) of another organisation's task", expected: STAFF_MEMBER_HIDDEN, field: 'task', secret: SECRET.orgBTask, document: BY_ID('task', 'title'), variables: id('taskB') },
  { label: "tasks lists another organisation's task", expected: STAFF_MEMBER_HIDDEN, field: 'tasks', secret: SECRET.orgBTask, document: '{ tasks { edges { node { title } } } }' },
  { label: "task(id) { campaign } of the member's own task in an INTERNAL campaign", expected: STAFF_MEMBER_HIDDEN, field: 'campaign', secret: SECRET.internalCampaign, document: BY_ID('task', 'campaign { name }'), variables: id('taskA') },
  { label: "updateTask of another organisation's task", expected: STAFF, field: 'updateTask', secret: MARKER, document: MUTATE('updateTask', 'UpdateTaskInput', 'description'), variables: input((s) => ({ id: s.taskB, description: MARKER })) },
  { label: "addTaskComment on another organisation's task", expected: STAFF, field: 'addTaskComment', secret: MARKER, document: MUTATE('addTaskComment', 'AddTaskCommentInput', 'body'), variables: input((s) => ({ taskId: s.taskB, body: MARKER })) },
  { label: 'updateOrganisation of another organisation', expected: COORDINATOR_ADVOCATE, field: 'updateOrganisation', secret: MARKER, document: MUTATE('updateOrganisation', 'UpdateOrganisationInput', 'description'), variables: input((s) => ({ id: s.orgB, description: MARKER })) },

  // People and the audit trail.
  { label: 'users { email }', expected: COORDINATOR, field: 'users', secret: SECRET.userEmails.MEMBER, document: '{ users(first: 100) { edges { node { email } } } }' },
  { label: 'colleagues { email }', expected: STAFF, field: 'colleagues', secret: SECRET.userEmails.ANALYST, document: '{ colleagues(first: 100) { edges { node { email } } } }' },
  { label: 'auditEvents { action } of the INTERNAL campaign (who created it)', expected: COORDINATOR, field: 'auditEvents', secret: 'campaign.create', document: 'query ($id: String) { auditEvents(filter: { entityId: $id }) { edges { node { action } } } }', variables: (s) => ({ id: s.internalCampaign }) },
];
