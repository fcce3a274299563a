import type { SeedContext } from './context';
import {
  AFFILIATION_TITLES, CAUSES_EN, CAUSES_ES, CAUSES_FR, CONTACT_TAGS, DEPARTMENT_NAMES, FOCUS_AREAS, ORGANISATION_NOUNS_EN,
  ORGANISATION_NOUNS_ES, ORGANISATION_NOUNS_FR, ORGANISATION_TAGS, POSITION_TITLES,
} from './vocabulary';

const ORGANISATION_TYPES: readonly (readonly [string, number])[] = [['NGO', 60], ['ACADEMIC', 10], ['FAITH_BASED', 8], ['DIASPORA', 8], ['LEGAL', 7], ['MEDIA', 4], ['OTHER', 3]];
const MEMBERSHIP: readonly (readonly [string, number])[] = [['ACTIVE', 55], ['PROSPECT', 15], ['APPLIED', 8], ['LAPSED', 10], ['SUSPENDED', 2], ['FORMER', 10]];
const CONSENT: readonly (readonly [string, number])[] = [['GRANTED', 55], ['UNKNOWN', 35], ['WITHDRAWN', 10]];
const STOP_WORDS = new Set(['and', 'for', 'the', 'of', 'on', 'pour', 'la', 'les', 'le', 'de', 'por', 'el', 'los', 'las', 'y', 'et']);

/** "Justice and Accountability Network" -> "JAN"; used as an acronym now and then. */
function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => word && !STOP_WORDS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word))
    .map((word) => word[0].normalize('NFD')[0])
    .join('')
    .slice(0, 10);
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

function pickFaker(context: SeedContext) {
  return context.random.weighted(context.fakers.map((entry) => [entry, entry.weight] as const));
}

/** A plausible, fictional organisation name, unique within the run. */
function organisationName(context: SeedContext, seen: Set<string>, city: string, language: string): string {
  const { random } = context;
  for (let attempt = 0; ; attempt++) {
    // French and Spanish names in French- and Spanish-speaking countries (and now and then elsewhere).
    const local = language === 'fr' ? 'fr' : language === 'es' ? 'es' : 'en';
    const style = random.chance(0.7) && local !== 'en' ? local : random.weighted([['en', 7], ['en-city', 3]] as const);
    let name: string;
    if (style === 'fr') name = `${random.pick(ORGANISATION_NOUNS_FR)} pour ${random.pick(CAUSES_FR)}`;
    else if (style === 'es') name = `${random.pick(ORGANISATION_NOUNS_ES)} por ${random.pick(CAUSES_ES)}`;
    else if (style === 'en-city') name = `${city} ${random.pick(CAUSES_EN)} ${random.pick(ORGANISATION_NOUNS_EN)}`;
    else name = random.chance(0.5) ? `${random.pick(ORGANISATION_NOUNS_EN)} for ${random.pick(CAUSES_EN)}` : `${random.pick(CAUSES_EN)} ${random.pick(ORGANISATION_NOUNS_EN)}`;
    if (attempt >= 3) name = `${name} (${city})`;
    if (attempt >= 6) name = `${name} ${attempt}`;
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
  }
}

export async function generateOrganisations(context: SeedContext): Promise<void> {
  const { random, clock, loader, counts } = context;
  loader.declare('organisations', ['id', 'name', 'acronym', 'type', 'country_code', 'city', 'website', 'description', 'focus_areas', 'languages', 'tags', 'membership_status', 'member_since', 'created_at', 'updated_at', 'deleted_at']);
  loader.declare('membership_changes', ['organisation_id', 'from_status', 'to_status', 'changed_at', 'changed_by_id', 'note']);
  const seen = new Set<string>();
  for (let i = 0; i < counts.organisations; i++) {
    const { faker, language, countries } = pickFaker(context);
    const id = random.uuid();
    const country = random.chance(0.8) ? random.pick(countries) : random.pick(context.countryCodes);
    const city = faker.location.city();
    const name = organisationName(context, seen, city, language);
    const acronym = acronymOf(name);
    const status = random.weighted(MEMBERSHIP);
    const createdDaysAgo = random.int(30, 2000);
    const createdAt = clock.ago(createdDaysAgo, random.int(0, 86_399_999));
    const memberSince = status === 'ACTIVE' || status === 'LAPSED' || status === 'SUSPENDED' || status === 'FORMER' ? clock.day(random.int(1, createdDaysAgo)) : null;
    const deletedAt = random.chance(0.01) ? clock.ago(random.int(1, 20)) : null;
    const languages = language === 'en' ? ['en'] : random.chance(0.6) ? [language, 'en'] : [language];
    loader.push('organisations', [
      id, name, acronym.length >= 2 && random.chance(0.4) ? acronym : null, random.weighted(ORGANISATION_TYPES), country, city.slice(0, 120),
      random.chance(0.85) ? `https://${slug(name)}.example` : null,
      random.chance(0.6) ? `${name} works on ${random.pick(CAUSES_EN).toLowerCase()} in ${context.countryNames.get(country) ?? 'several countries'}.` : null,
      random.sample(FOCUS_AREAS, random.int(1, 3)), languages, random.chance(0.3) ? random.sample(ORGANISATION_TAGS, random.int(1, 2)) : [],
      status, memberSince, createdAt, createdAt, deletedAt,
    ]);
    if (status !== 'PROSPECT') {
      // The history a status change through the app would have left: one step from nothing to today's status.
      loader.push('membership_changes', [id, null, status, memberSince ? new Date(`${memberSince}T09:00:00Z`) : createdAt, null, 'Imported']);
    }
    context.organisationIds.push(id);
    if (status === 'ACTIVE' && !deletedAt) context.memberOrganisationIds.push(id);
    await loader.maybeFlush();
  }
}

/**
 * Institutions beside the shipped reference ones, nested: a government per country with its foreign ministry
 * and parliament (and their departments), a permanent mission to the UN; more departments until the count.
 */
export async function generateInstitutions(context: SeedContext): Promise<void> {
  const { random, clock, loader, counts } = context;
  loader.declare('institutions', ['id', 'reference_key', 'name', 'name_fr', 'acronym', 'kind', 'parent_id', 'country_code', 'website', 'created_at', 'updated_at', 'deleted_at']);
  const missing = counts.institutions - context.institutions.length;
  if (missing <= 0) return;
  const hasMission = new Set(context.institutions.filter((i) => i.kind === 'PERMANENT_MISSION').map((i) => i.countryCode));
  const hasGovernment = new Set(context.institutions.filter((i) => i.kind === 'NATIONAL_GOVERNMENT').map((i) => i.countryCode));
  const parents: { index: number; country: string | null }[] = [];
  let made = 0;
  const add = (name: string, kind: string, parentIndex: number | null, country: string | null, website: string | null): number => {
    const id = random.uuid();
    const createdAt = clock.ago(random.int(60, 1500));
    const parentId = parentIndex === null ? null : context.institutions[parentIndex].id;
    loader.push('institutions', [id, null, name.slice(0, 300), null, null, kind, parentId, country, website, createdAt, createdAt, null]);
    context.institutions.push({ id, key: null, kind, countryCode: country });
    made++;
    return context.institutions.length - 1;
  };
  const countries = random.sample(context.countryCodes, context.countryCodes.length);
  for (const code of countries) {
    if (made >= missing) break;
    const country = context.countryNames.get(code) ?? code;
    if (!hasMission.has(code)) add(`Permanent Mission of ${country} to the United Nations`, 'PERMANENT_MISSION', null, code, null);
    if (made + 3 > missing || hasGovernment.has(code)) continue;
    const government = add(`Government of ${country}`, 'NATIONAL_GOVERNMENT', null, code, null);
    parents.push({ index: add(`Ministry of Foreign Affairs of ${country}`, 'MINISTRY', government, code, null), country: code });
    parents.push({ index: add(`Parliament of ${country}`, 'PARLIAMENT', government, code, null), country: code });
  }
  const used = new Set<string>();
  while (made < missing && parents.length) {
    const parent = random.pick(parents);
    const name = random.pick(DEPARTMENT_NAMES);
    const key = `${parent.index}:${name}`;
    if (used.has(key)) {
      if (used.size >= parents.length * DEPARTMENT_NAMES.length) break;
      continue;
    }
    used.add(key);
    add(name, context.institutions[parent.index].kind === 'PARLIAMENT' ? 'PARLIAMENT' : 'MINISTRY', parent.index, parent.country, null);
  }
  await loader.maybeFlush();
}

export async function generateContacts(context: SeedContext): Promise<void> {
  const { random, clock, loader, counts } = context;
  loader.declare('contacts', ['id', 'first_name', 'last_name', 'preferred_language', 'country_code', 'tags', 'notes', 'email_consent_status', 'email_consent_source', 'email_consent_at', 'created_at', 'updated_at', 'deleted_at']);
  loader.declare('contact_emails', ['id', 'contact_id', 'address', 'is_primary', 'position']);
  loader.declare('contact_phones', ['id', 'contact_id', 'number', 'label', 'position']);
  loader.declare('affiliations', ['id', 'contact_id', 'organisation_id', 'title', 'created_at']);
  const addresses = new Set<string>();
  // The first contacts are the policymakers who hold positions (generated next); the others work with member organisations.
  const policymakerCount = Math.min(counts.contacts, Math.round(counts.positions * 0.85));
  for (let i = 0; i < counts.contacts; i++) {
    const { faker, language, countries } = pickFaker(context);
    const id = random.uuid();
    const firstName = faker.person.firstName().slice(0, 100);
    const lastName = faker.person.lastName().slice(0, 100);
    const country = random.chance(0.85) ? random.pick(countries) : random.pick(context.countryCodes);
    const createdAt = clock.ago(random.int(1, 1500), random.int(0, 86_399_999));
    const consent = random.weighted(CONSENT);
    const consentAt = consent === 'UNKNOWN' ? null : new Date(createdAt.getTime() + random.int(0, 30) * 86_400_000);
    const preferredLanguage = random.chance(0.7) ? language : 'en';
    const deleted = random.chance(0.01);
    loader.push('contacts', [
      id, firstName, lastName, preferredLanguage, country,
      random.chance(0.2) ? random.sample(CONTACT_TAGS, random.int(1, 2)) : [],
      random.chance(0.1) ? `Met at ${faker.location.city()}; ${random.pick(['prefers email', 'speaks several languages', 'good contact for the capital', 'introduced by a member'])}.` : null,
      consent, consent === 'UNKNOWN' ? null : random.pick(['Event sign-up form', 'Business card', 'Newsletter form', 'Member referral']),
      consentAt, createdAt, createdAt, deleted ? clock.ago(random.int(1, 20)) : null,
    ]);
    context.contactIds.push(id);
    context.contactNames.push(`${firstName} ${lastName}`);
    const mail = { address: null as string | null, language: preferredLanguage, consent, deleted };
    context.contactMail.push(mail);

    const emailCount = random.weighted([[0, 8], [1, 72], [2, 20]] as const);
    const local = `${firstName}.${lastName}`.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9.]+/g, '');
    for (let position = 0; position < emailCount; position++) {
      const domain = position === 0 ? random.pick(['mail.example', 'post.example', 'inbox.example', 'gov.example', 'un.example', 'ngo.example']) : 'personal.example';
      let address = `${local || 'contact'}@${domain}`;
      for (let n = 2; addresses.has(address); n++) address = `${local || 'contact'}${n}@${domain}`;
      addresses.add(address);
      if (position === 0) mail.address = address;
      loader.push('contact_emails', [random.uuid(), id, address, position === 0, position]);
    }
    const phoneCount = random.weighted([[0, 40], [1, 50], [2, 10]] as const);
    for (let position = 0; position < phoneCount; position++) {
      loader.push('contact_phones', [random.uuid(), id, faker.phone.number().slice(0, 40), position === 0 ? random.pick(['Work', 'Mobile', 'Office']) : 'Mobile', position]);
    }
    const affiliationCount = i < policymakerCount ? (random.chance(0.05) ? 1 : 0) : random.weighted([[0, 15], [1, 70], [2, 15]] as const);
    const organisations = random.sample(context.organisationIds, affiliationCount);
    for (const organisationId of organisations) {
      loader.push('affiliations', [random.uuid(), id, organisationId, random.chance(0.85) ? random.pick(AFFILIATION_TITLES) : null, createdAt]);
    }
    if ((i & 255) === 0) await loader.maybeFlush();
  }
}

/** Positions of the policymakers: one current or past position each, some with an earlier one as well. */
export async function generatePositions(context: SeedContext): Promise<void> {
  const { random, clock, loader, counts } = context;
  loader.declare('positions', ['id', 'contact_id', 'institution_id', 'title', 'start_date', 'end_date', 'created_at']);
  const policymakerCount = Math.min(context.contactIds.length, Math.round(counts.positions * 0.85));
  // Demo: the reference institutions (missions on the Security Council and the like); large: all of them.
  const candidates = context.institutions.map((_, index) => index);
  for (let i = 0; i < counts.positions; i++) {
    const contactIndex = i < policymakerCount ? i : random.int(0, Math.max(0, policymakerCount - 1));
    const current = i < policymakerCount && random.chance(0.85);
    const institutionIndex = random.pick(candidates);
    const startDaysAgo = current ? random.int(30, 2500) : random.int(800, 4000);
    const endDaysAgo = current ? null : random.int(1, startDaysAgo - 200);
    loader.push('positions', [
      random.uuid(), context.contactIds[contactIndex], context.institutions[institutionIndex].id, random.pick(POSITION_TITLES),
      clock.day(startDaysAgo), endDaysAgo === null ? null : clock.day(endDaysAgo), clock.ago(Math.min(startDaysAgo, 1500)),
    ]);
    if (current) context.policymakers.push({ contactIndex, institutionIndex });
    if ((i & 255) === 0) await loader.maybeFlush();
  }
}
