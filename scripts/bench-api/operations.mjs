// The operations measured: what a signed-in coordinator's screens ask for, with the admin's own field selections
// (apps/admin/src/modules/*/graphql), one GraphQL document per screen.

const COUNTRY = 'fragment CountryFields on Country { code nameEn nameFr }';
const INSTITUTION = 'fragment InstitutionSummaryFields on Institution { id name nameFr acronym kind }';
const POSITION = 'fragment PositionFields on Position { id title startDate endDate isCurrent contactId institutionId }';
const TASK_SUMMARY = `fragment TaskSummaryFields on Task {
  id title status priority dueDate campaignId campaign { id name }
  assigneeUserId assigneeUser { id name } assigneeOrganisationId assigneeOrganisation { id name acronym } }`;

const ORGANISATIONS = `query Organisations($first: Int!, $after: String, $filter: OrganisationsFilter, $sort: OrganisationsSort) {
  organisations(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name acronym type country { ...CountryFields } membershipStatus memberSince } }
  }
}
${COUNTRY}`;

const SEARCH = `query GlobalSearch($query: String!, $first: Int!) {
  search(query: $query, first: $first) { id kind label detail score }
}`;

// The contact page: ContactFields + ContactPrivateFields, ContactPositions and the first page of InteractionTimeline.
const CONTACT_PAGE = `query ContactPage($id: ID!, $first: Int!) {
  contact(id: $id) {
    id firstName lastName preferredLanguage countryCode country { ...CountryFields } tags deletedAt
    affiliations { id title organisationId organisation { id name acronym } }
    emails { address isPrimary } phones { number label } notes emailConsent { status source recordedAt }
    positions { ...PositionFields institution { ...InstitutionSummaryFields } }
  }
  interactions(first: $first, filter: { contactId: $id }) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      id kind occurredAt subject confidentiality campaignId
      contacts { id firstName lastName } institutions { ...InstitutionSummaryFields }
      participantOrganisations { id name acronym }
      summary outcome commitments { id contactId description dueDate status isOverdue }
    } }
  }
}
${COUNTRY}
${POSITION}
${INSTITUTION}`;

const POLICYMAKERS = `query Policymakers($first: Int!, $after: String, $filter: PolicymakersFilter) {
  policymakers(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node {
      ...PositionFields contact { id firstName lastName }
      institution { ...InstitutionSummaryFields country { ...CountryFields } }
    } }
  }
}
${POSITION}
${INSTITUTION}
${COUNTRY}`;

// The campaign page: Campaign (CampaignFields), CampaignTargets (staff: with the stance) and the CampaignTasks board.
const CAMPAIGN_PAGE = `query CampaignPage($id: ID!, $tasksFirst: Int!) {
  campaign(id: $id) {
    id name status visibility startDate endDate leadOrganisationId leadOrganisation { id name acronym } objective asks
    targets {
      id campaignId contactId institutionId priority ask lastReachedAt stance
      contact { id firstName lastName } institution { ...InstitutionSummaryFields }
    }
  }
  tasks(first: $tasksFirst, filter: { campaignId: $id }) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ...TaskSummaryFields } }
  }
}
${INSTITUTION}
${TASK_SUMMARY}`;

const DASHBOARD = `query Dashboard {
  dashboard {
    activeCampaigns { campaign { id name } targetsByStance { stance count } tasksDone tasksOpen lastInteractionAt }
    overdueTasks { id title dueDate status priority }
    recentInteractions {
      id kind subject occurredAt contacts { id firstName lastName } institutions { id name nameFr acronym }
    }
  }
}`;

export const PAGE_SIZE = 25;
export const DEEP_PAGE = 40;

/** Picks the records the operations are about, from the seeded data (deterministic for a given dataset). */
export async function pickFixtures(client) {
  const one = async (sql, params = []) => (await client.query(sql, params)).rows[0];
  // The most common member status and the countries that together hold enough of it for DEEP_PAGE pages.
  const { status } = await one(`SELECT membership_status AS status FROM organisations WHERE deleted_at IS NULL
    GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const countries = (await client.query(`SELECT country_code AS code, count(*)::int AS n FROM organisations
    WHERE deleted_at IS NULL AND membership_status = $1 GROUP BY 1 ORDER BY 2 DESC, 1`, [status])).rows;
  const countryCodes = [];
  let total = 0;
  for (const { code, n } of countries) {
    if (total >= PAGE_SIZE * DEEP_PAGE) break;
    countryCodes.push(code);
    total += n;
  }
  // A contact well known to the coalition: holds a position, is affiliated, and among the most met (10th).
  const contact = await one(`SELECT c.id, c.last_name AS "lastName", count(*)::int AS interactions FROM contacts c
    JOIN interaction_contacts ic ON ic.contact_id = c.id
    WHERE c.deleted_at IS NULL AND EXISTS (SELECT 1 FROM positions p WHERE p.contact_id = c.id)
    GROUP BY c.id ORDER BY count(*) DESC, c.id OFFSET 9 LIMIT 1`);
  // A misspelt name to search for: a contact's surname with two letters swapped.
  const { first_name: firstName, last_name: lastName } = await one(`SELECT first_name, last_name FROM contacts
    WHERE deleted_at IS NULL AND last_name ~ '^[A-Za-z]{6,}$' AND substr(last_name, 3, 1) <> substr(last_name, 4, 1)
    ORDER BY id OFFSET 500 LIMIT 1`);
  const misspelt = `${firstName} ${lastName.slice(0, 2)}${lastName[3]}${lastName[2]}${lastName.slice(4)}`;
  const council = await one(`SELECT id FROM institutions WHERE acronym = 'UNSC' OR name = 'United Nations Security Council'
    ORDER BY (acronym = 'UNSC') DESC LIMIT 1`);
  if (!council) throw new Error('no Security Council institution (acronym UNSC) in the database');
  const campaign = await one(`SELECT c.id, count(*)::int AS targets FROM campaigns c JOIN targets t ON t.campaign_id = c.id
    WHERE c.status = 'ACTIVE' GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`);
  return { status, countryCodes, organisationsInFilter: total, contact, misspelt, councilId: council.id, campaign };
}

/** name -> { query, variables }; the deep page's cursor is filled in by the caller (see deepCursor). */
export function buildOperations(fixtures, deepCursor) {
  const filter = { countryCodes: fixtures.countryCodes, membershipStatuses: [fixtures.status] };
  const sort = { field: 'NAME', direction: 'ASC' };
  return {
    organisationsPage1: { query: ORGANISATIONS, variables: { first: PAGE_SIZE, after: null, filter, sort } },
    organisationsDeepPage: { query: ORGANISATIONS, variables: { first: PAGE_SIZE, after: deepCursor, filter, sort } },
    search: { query: SEARCH, variables: { query: fixtures.misspelt, first: 15 } },
    contactPage: { query: CONTACT_PAGE, variables: { id: fixtures.contact.id, first: PAGE_SIZE } },
    securityCouncilPolicymakers: { query: POLICYMAKERS, variables: { first: PAGE_SIZE, after: null, filter: { institutionId: fixtures.councilId } } },
    campaignPage: { query: CAMPAIGN_PAGE, variables: { id: fixtures.campaign.id, tasksFirst: 100 } },
    dashboard: { query: DASHBOARD, variables: {} },
  };
}

/** Walks the organisations list page by page (as a user clicking "next" would) to the cursor before DEEP_PAGE. */
export async function deepCursor(fixtures, graphql) {
  let after = null;
  let page = 1;
  for (; page < DEEP_PAGE; page++) {
    const { variables, query } = buildOperations(fixtures, after).organisationsDeepPage;
    const { organisations } = await graphql(query, variables);
    if (!organisations.pageInfo.hasNextPage) break;
    after = organisations.pageInfo.endCursor;
  }
  return { cursor: after, page };
}

export const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }`;
