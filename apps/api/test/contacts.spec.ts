import { Role } from '@alliance/domain';
import { createTestApp, GraphqlClient, TestApp } from './support/test-app';

const CREATE_CONTACT = `mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }`;
const CREATE_ORGANISATION = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const CONTACT = `query ($id: ID!) {
  contact(id: $id) {
    firstName lastName country { nameEn }
    affiliations { title organisation { name } }
    emails { address isPrimary } phones { number label } notes emailConsent { status source recordedAt }
  }
}`;

describe('Contacts', () => {
  let testApp: TestApp;
  let advocate: GraphqlClient;
  let ownOrganisation: string;
  let otherOrganisation: string;

  async function createContact(input: Record<string, unknown>): Promise<string> {
    return (await advocate.ok<{ createContact: { id: string } }>(CREATE_CONTACT, { input })).createContact.id;
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    advocate = await testApp.signedIn(Role.ADVOCATE);
    const organisation = async (name: string) =>
      (await advocate.ok<{ createOrganisation: { id: string } }>(CREATE_ORGANISATION, { input: { name, type: 'NGO' } })).createOrganisation.id;
    ownOrganisation = await organisation('Protection Approaches');
    otherOrganisation = await organisation('Minority Rights Watch');
  });

  afterAll(() => testApp.close());

  it('should keep a contact with emails, phones, affiliation, notes and dated consent', async () => {
    const id = await createContact({
      firstName: 'Nadia',
      lastName: 'Haddad',
      countryCode: 'LB',
      emails: [{ address: 'nadia@example.org' }, { address: 'n.haddad@example.net', isPrimary: true }],
      phones: [{ number: '+961 1 234 567', label: 'office' }],
      notes: 'Met at the Geneva side event.',
      emailConsent: { status: 'GRANTED', source: 'Signed up at the Geneva side event' },
      affiliations: [{ organisationId: ownOrganisation, title: 'Programme Director' }],
    });
    const { contact } = await advocate.ok<{ contact: Record<string, unknown> & { emailConsent: { recordedAt: string } } }>(CONTACT, { id });
    expect(contact).toMatchObject({
      country: { nameEn: 'Lebanon' },
      affiliations: [{ title: 'Programme Director', organisation: { name: 'Protection Approaches' } }],
      emails: [
        { address: 'nadia@example.org', isPrimary: false },
        { address: 'n.haddad@example.net', isPrimary: true },
      ],
      phones: [{ number: '+961 1 234 567', label: 'office' }],
      emailConsent: { status: 'GRANTED', source: 'Signed up at the Geneva side event' },
    });
    expect(Date.parse(contact.emailConsent.recordedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('should refuse an email another contact has, whatever its case, naming the address', async () => {
    await createContact({ firstName: 'Owner', lastName: 'Of Address', emails: [{ address: 'shared@example.org' }] });
    const result = await advocate.query(CREATE_CONTACT, {
      input: { firstName: 'Second', lastName: 'Person', emails: [{ address: 'new@example.org' }, { address: 'SHARED@example.org' }] },
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'emails.1.address' });
    const twice = await advocate.query(CREATE_CONTACT, {
      input: { firstName: 'Twice', lastName: 'Listed', emails: [{ address: 'twice@example.org' }, { address: 'Twice@example.org' }] },
    });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'emails.1.address' });
    const badEmail = await advocate.query(CREATE_CONTACT, { input: { firstName: 'Bad', lastName: 'Email', emails: [{ address: 'no-at-sign' }] } });
    expect(badEmail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'emails.0.address' });
    const { contacts } = await advocate.ok<{ contacts: { totalCount: number } }>('{ contacts(filter: { search: "Second" }) { totalCount } }');
    expect(contacts.totalCount).toBe(0);
  });

  it('should find people by a misspelt, unaccented name or the start of their email', async () => {
    await createContact({ firstName: 'Hélène', lastName: 'Dumoulin', emails: [{ address: 'helene.dumoulin@example.fr' }] });
    const search = async (text: string) =>
      (await advocate.ok<{ contacts: { edges: { node: { lastName: string } }[] } }>('query ($s: String) { contacts(filter: { search: $s }) { edges { node { lastName } } } }', { s: text }))
        .contacts.edges.map((edge) => edge.node.lastName);
    expect(await search('helene dumolin')).toEqual(['Dumoulin']);
    expect(await search('helene.dum')).toEqual(['Dumoulin']);
  });

  it("should show a member representative the private details of their own organisation's people only", async () => {
    const colleague = await createContact({
      firstName: 'Colleague',
      lastName: 'Insider',
      emails: [{ address: 'insider@protection.test' }],
      notes: 'Internal note',
      affiliations: [{ organisationId: ownOrganisation }],
    });
    const outsider = await createContact({
      firstName: 'Outsider',
      lastName: 'Elsewhere',
      emails: [{ address: 'outsider@minority.test' }],
      phones: [{ number: '+44 20 7946 0000' }],
      notes: 'Sensitive note about a source',
      emailConsent: { status: 'GRANTED' },
      affiliations: [{ organisationId: otherOrganisation }],
    });
    await testApp.createUser({ email: 'rep@protection.test', role: Role.MEMBER, organisationId: ownOrganisation });
    const member = testApp.client();
    await member.signIn('rep@protection.test');

    const own = await member.query<{ contact: { emails: { address: string }[]; notes: string } }>(CONTACT, { id: colleague });
    expect(own.errors).toBeUndefined();
    expect(own.data?.contact.emails).toEqual([{ address: 'insider@protection.test', isPrimary: true }]);

    const other = await member.query<{ contact: Record<string, unknown> }>(CONTACT, { id: outsider });
    expect(other.data?.contact).toMatchObject({ firstName: 'Outsider', emails: null, phones: null, notes: null, emailConsent: null });
    expect(other.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(JSON.stringify(other)).not.toContain('outsider@minority.test');
    expect(JSON.stringify(other)).not.toContain('Sensitive note');

    // Through a nested path too: organisation -> affiliations -> contact -> emails.
    const nested = await member.query(
      'query ($id: ID!) { organisation(id: $id) { affiliations { contact { emails { address } notes } } } }',
      { id: otherOrganisation },
    );
    expect(JSON.stringify(nested.data)).not.toContain('outsider@minority.test');
    expect(nested.errors?.every((error) => error.extensions.code === 'FORBIDDEN')).toBe(true);

    const edit = await member.query('mutation ($input: UpdateContactInput!) { updateContact(input: $input) { id } }', {
      input: { id: colleague, notes: 'changed' },
    });
    expect(edit.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('should replace the lists given on update, audit the change, and soft-delete then restore', async () => {
    const id = await createContact({ firstName: 'Jonas', lastName: 'Berg', emails: [{ address: 'jonas@old.test' }] });
    await advocate.ok('mutation ($input: UpdateContactInput!) { updateContact(input: $input) { id } }', {
      input: { id, emails: [{ address: 'jonas@new.test' }], emailConsent: { status: 'WITHDRAWN', source: 'Asked by phone' } },
    });
    const { contact } = await advocate.ok<{ contact: { emails: { address: string }[]; emailConsent: { status: string } } }>(CONTACT, { id });
    expect(contact.emails).toEqual([{ address: 'jonas@new.test', isPrimary: true }]);
    expect(contact.emailConsent.status).toBe('WITHDRAWN');

    const coordinator = await testApp.signedIn(Role.COORDINATOR);
    const audit = await coordinator.ok<{ auditEvents: { edges: { node: { action: string; changes: { field: string }[] } }[] } }>(
      'query ($id: String) { auditEvents(filter: { entityId: $id }) { edges { node { action changes { field } } } } }',
      { id },
    );
    expect(audit.auditEvents.edges.map((edge) => edge.node.action)).toEqual(['contact.update', 'contact.create']);
    expect(audit.auditEvents.edges[0].node.changes.map((change) => change.field)).toEqual(
      expect.arrayContaining(['emailConsentStatus', 'emails']),
    );

    await coordinator.ok('mutation ($id: ID!) { deleteContact(id: $id) { id } }', { id });
    expect((await advocate.ok<{ contact: unknown }>(CONTACT, { id })).contact).toBeNull();
    await coordinator.ok('mutation ($id: ID!) { restoreContact(id: $id) { id } }', { id });
    expect((await advocate.ok<{ contact: unknown }>(CONTACT, { id })).contact).not.toBeNull();
  });
});

describe('Relationships between people', () => {
  let testApp: TestApp;
  let advocate: GraphqlClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    advocate = await testApp.signedIn(Role.ADVOCATE);
  });

  afterAll(() => testApp.close());

  it("should show who influences a decision-maker on both people's pages, and refuse a link to oneself", async () => {
    const create = async (firstName: string, lastName: string) =>
      (await advocate.ok<{ createContact: { id: string } }>(CREATE_CONTACT, { input: { firstName, lastName } })).createContact.id;
    const minister = await create('Minister', 'Example');
    const adviser = await create('Adviser', 'Example');
    await advocate.ok('mutation ($input: AddRelationshipInput!) { addRelationship(input: $input) { id } }', {
      input: { fromContactId: adviser, kind: 'ADVISES', toContactId: minister, startDate: '2025-01-01', note: 'Human rights portfolio' },
    });
    const relationshipsOf = async (id: string) =>
      (
        await advocate.ok<{ contact: { relationships: { kind: string; fromContact: { firstName: string }; toContact: { firstName: string } }[] } }>(
          'query ($id: ID!) { contact(id: $id) { relationships { kind note fromContact { firstName } toContact { firstName } } } }',
          { id },
        )
      ).contact.relationships;
    expect(await relationshipsOf(minister)).toEqual([
      { kind: 'ADVISES', note: 'Human rights portfolio', fromContact: { firstName: 'Adviser' }, toContact: { firstName: 'Minister' } },
    ]);
    expect(await relationshipsOf(adviser)).toHaveLength(1);
    const self = await advocate.query('mutation ($input: AddRelationshipInput!) { addRelationship(input: $input) { id } }', {
      input: { fromContactId: minister, kind: 'ADVISES', toContactId: minister },
    });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toContactId' });
  });
});
