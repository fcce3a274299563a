import type { SeedContext } from './context';
import { ASKS, CALENDAR_TITLES, CAMPAIGN_THEMES, DOCUMENT_TITLES, REGIONS } from './vocabulary';

const STANCES = ['CHAMPION', 'SUPPORTIVE', 'NEUTRAL', 'OPPOSED', 'UNKNOWN'] as const;
const STANCE_WEIGHTS: readonly (readonly [string, number])[] = [['CHAMPION', 8], ['SUPPORTIVE', 25], ['NEUTRAL', 30], ['OPPOSED', 12], ['UNKNOWN', 25]];

export async function generateCampaigns(context: SeedContext): Promise<void> {
  const { random, clock, loader, counts } = context;
  loader.declare('campaigns', ['id', 'name', 'objective', 'asks', 'status', 'visibility', 'start_date', 'end_date', 'lead_organisation_id', 'created_at', 'updated_at', 'deleted_at']);
  loader.declare('participations', ['id', 'campaign_id', 'organisation_id', 'role', 'joined_at', 'left_at', 'joined_by_id']);
  loader.declare('targets', ['id', 'campaign_id', 'contact_id', 'institution_id', 'priority', 'ask', 'stance', 'created_at']);
  loader.declare('stance_changes', ['target_id', 'from_stance', 'to_stance', 'changed_at', 'changed_by_id', 'note']);
  const members = context.memberOrganisationIds.length ? context.memberOrganisationIds : context.organisationIds;
  for (let i = 0; i < counts.campaigns; i++) {
    const id = random.uuid();
    // The demo's campaigns are all live; at scale some are drafts, paused or closed.
    const status = context.scale === 'demo' ? (i === counts.campaigns - 1 ? 'DRAFT' : 'ACTIVE') : random.weighted([['ACTIVE', 50], ['DRAFT', 10], ['PAUSED', 10], ['CLOSED', 30]] as const);
    const startDaysAgo = status === 'DRAFT' ? random.int(-60, 10) : random.int(30, 900);
    const endDaysAgo = status === 'CLOSED' ? random.int(1, Math.max(1, startDaysAgo - 20)) : random.chance(0.6) ? -random.int(30, 400) : null;
    const theme = CAMPAIGN_THEMES[(i + random.int(0, CAMPAIGN_THEMES.length - 1)) % CAMPAIGN_THEMES.length];
    const name = counts.campaigns <= CAMPAIGN_THEMES.length ? theme : `${theme} — ${random.pick(REGIONS)} ${clock.ago(startDaysAgo).getUTCFullYear()}`;
    const createdAt = clock.ago(Math.max(startDaysAgo, 0) + random.int(5, 60));
    const lead = random.pick(members);
    loader.push('campaigns', [
      id, name.slice(0, 300), `Build support among policymakers for: ${theme.toLowerCase()}.`, random.sample(ASKS, random.int(1, 3)), status,
      random.chance(0.7) ? 'MEMBERS' : 'INTERNAL', clock.day(startDaysAgo), endDaysAgo === null ? null : clock.day(endDaysAgo), lead,
      createdAt, createdAt, context.scale === 'large' && random.chance(0.02) ? clock.ago(random.int(1, 20)) : null,
    ]);

    const participants = [lead, ...random.sample(members.filter((organisation) => organisation !== lead), random.int(...context.counts.participantsPerCampaign) - 1)];
    participants.forEach((organisationId, index) => {
      const joined = clock.ago(Math.max(startDaysAgo, 0) + random.int(0, 20));
      const left = index > 0 && random.chance(0.08) ? clock.ago(random.int(0, Math.max(0, startDaysAgo))) : null;
      loader.push('participations', [random.uuid(), id, organisationId, index === 0 ? 'LEAD' : random.chance(0.4) ? 'PARTNER' : 'SUPPORTER', joined, left, random.pick(context.staffUserIds)]);
    });

    const targetCount = random.int(...context.counts.targetsPerCampaign);
    const contactTargets = random.sample(context.policymakers, Math.round(targetCount * 0.6));
    const institutionTargets = random.sample(context.institutions.map((_, index) => index), targetCount - contactTargets.length);
    const targetContactIndexes: number[] = [];
    const seenContacts = new Set<number>();
    const addTarget = (contactIndex: number | null, institutionIndex: number | null) => {
      const targetId = random.uuid();
      const stance = random.weighted(STANCE_WEIGHTS);
      const createdAt = clock.ago(Math.max(startDaysAgo, 0) + random.int(0, 10));
      loader.push('targets', [
        targetId, id, contactIndex === null ? null : context.contactIds[contactIndex], institutionIndex === null ? null : context.institutions[institutionIndex].id,
        random.weighted([['HIGH', 25], ['MEDIUM', 50], ['LOW', 25]] as const), random.chance(0.7) ? random.pick(ASKS) : null, stance, createdAt,
      ]);
      // Stance history ending in today's stance: from UNKNOWN through zero to two intermediate stances.
      if (stance !== 'UNKNOWN' || random.chance(0.2)) {
        const steps = random.int(1, 3);
        let from: string | null = null;
        let daysAgo = Math.max(startDaysAgo, 1);
        for (let step = 0; step < steps; step++) {
          const to = step === steps - 1 ? stance : random.pick(STANCES);
          if (to === from) continue;
          daysAgo = random.int(0, daysAgo);
          loader.push('stance_changes', [targetId, from, to, clock.ago(daysAgo, random.int(32_400_000, 64_800_000)), random.pick(context.staffUserIds), random.chance(0.3) ? 'After the last meeting' : null]);
          from = to;
        }
      }
    };
    for (const { contactIndex } of contactTargets) {
      if (seenContacts.has(contactIndex)) continue;
      seenContacts.add(contactIndex);
      targetContactIndexes.push(contactIndex);
      addTarget(contactIndex, null);
    }
    for (const institutionIndex of institutionTargets) addTarget(null, institutionIndex);
    context.campaigns.push({ id, status, targetContactIndexes });
    await loader.maybeFlush();
  }
}

export async function generateDocuments(context: SeedContext): Promise<void> {
  const { random, clock, loader, counts } = context;
  loader.declare('documents', ['id', 'title', 'kind', 'status', 'body', 'created_by_id', 'created_at', 'updated_at', 'deleted_at']);
  loader.declare('document_campaigns', ['document_id', 'campaign_id']);
  for (let i = 0; i < counts.documents; i++) {
    const id = random.uuid();
    const title = DOCUMENT_TITLES[i % DOCUMENT_TITLES.length];
    const kind = /Options/.test(title) ? 'OPTIONS_PAPER' : /Situation/.test(title) ? 'SITUATION_REPORT' : /letter/i.test(title) ? 'LETTER' : /Briefing|Background|Talking/.test(title) ? 'BRIEFING_NOTE' : /Press/.test(title) ? 'PRESS_RELEASE' : 'OTHER';
    const region = random.pick(REGIONS);
    const createdAt = clock.ago(random.int(1, 700), random.int(0, 86_399_999));
    const body = `# ${title}\n\n## Context\n\nRecent reports from ${region} point to rising risk factors. Members have documented incidents and shared them with the secretariat.\n\n## Recommendations\n\n- ${random.pick(ASKS)}.\n- ${random.pick(ASKS)}.\n`;
    loader.push('documents', [id, `${title} — ${region}`, kind, random.chance(0.6) ? 'PUBLISHED' : 'DRAFT', body, random.pick(context.staffUserIds), createdAt, createdAt, null]);
    for (const campaign of random.sample(context.campaigns, random.int(0, 2))) loader.push('document_campaigns', [id, campaign.id]);
    context.documentIds.push(id);
  }
  await loader.maybeFlush();
}

export async function generateCalendarEvents(context: SeedContext): Promise<void> {
  const { random, clock, loader, counts } = context;
  loader.declare('calendar_events', ['id', 'title', 'kind', 'starts_at', 'ends_at', 'all_day', 'location', 'description', 'campaign_id', 'institution_id', 'created_at', 'updated_at', 'deleted_at']);
  const kinds: Record<string, string> = { 'Security Council': 'COUNCIL_MEETING', session: 'SESSION', vote: 'VOTE', summit: 'SUMMIT', Deadline: 'DEADLINE', Presidency: 'PRESIDENCY' };
  for (let i = 0; i < counts.calendarEvents; i++) {
    const title = CALENDAR_TITLES[i % CALENDAR_TITLES.length];
    const kind = Object.entries(kinds).find(([word]) => title.includes(word))?.[1] ?? 'OTHER';
    const allDay = kind === 'DEADLINE' || kind === 'PRESIDENCY' || random.chance(0.1);
    // Demo: mostly the coming weeks; large: two years either side.
    const daysAgo = context.scale === 'demo' ? random.int(-40, 10) : random.int(-365, 365);
    const startsAt = allDay ? clock.ago(daysAgo) : clock.ago(daysAgo, random.int(8, 16) * 3_600_000);
    const campaign = random.chance(0.5) && context.campaigns.length ? random.pick(context.campaigns).id : null;
    const institution = random.chance(0.4) ? random.pick(context.institutions.slice(0, 41)).id : null;
    const createdAt = clock.ago(Math.max(daysAgo, 0) + random.int(5, 60));
    loader.push('calendar_events', [
      random.uuid(), title, kind, startsAt, allDay ? null : new Date(startsAt.getTime() + random.int(1, 3) * 3_600_000), allDay,
      allDay ? null : random.pick(['New York, UN Headquarters', 'Geneva, Palais des Nations', 'Online', 'Brussels', 'Addis Ababa']),
      random.chance(0.5) ? 'Coordinate members’ statements beforehand.' : null, campaign, institution, createdAt, createdAt, null,
    ]);
  }
  await loader.maybeFlush();
}
