import type { SeedContext } from './context';
import {
  COMMITMENT_DESCRIPTIONS, INTERACTION_SUBJECTS, OUTCOMES, SUMMARY_NEXT_STEPS, SUMMARY_OPENINGS, SUMMARY_REACTIONS, TASK_COMMENTS, TASK_TEMPLATES,
} from './vocabulary';

const INTERACTION_KINDS: readonly (readonly [string, number])[] = [['MEETING', 35], ['CALL', 20], ['EMAIL', 20], ['LETTER', 8], ['BRIEFING', 10], ['HEARING', 3], ['EVENT', 4]];
const CONFIDENTIALITY: readonly (readonly [string, number])[] = [['INTERNAL', 70], ['COALITION', 25], ['RESTRICTED', 5]];

/**
 * The outreach history: who met whom (contacts, and their institutions), who took part for the alliance,
 * and what was promised. Summaries are assembled from a few hundred sentence combinations.
 */
export async function generateInteractions(context: SeedContext): Promise<void> {
  const { random, clock, loader, counts } = context;
  loader.declare('interactions', ['id', 'kind', 'occurred_at', 'campaign_id', 'subject', 'summary', 'outcome', 'confidentiality', 'created_by_id', 'created_at', 'updated_at', 'deleted_at']);
  loader.declare('interaction_contacts', ['interaction_id', 'contact_id', 'occurred_at']);
  loader.declare('interaction_institutions', ['interaction_id', 'institution_id', 'occurred_at']);
  loader.declare('interaction_participants', ['id', 'interaction_id', 'user_id', 'organisation_id']);
  loader.declare('interaction_documents', ['interaction_id', 'document_id']);
  loader.declare('commitments', ['id', 'interaction_id', 'contact_id', 'campaign_id', 'description', 'due_date', 'status', 'made_at', 'created_at', 'updated_at']);
  const live = context.campaigns.filter((campaign) => campaign.status !== 'DRAFT');
  const policymakers = context.policymakers.length ? context.policymakers : [{ contactIndex: 0, institutionIndex: 0 }];
  const members = context.memberOrganisationIds.length ? context.memberOrganisationIds : context.organisationIds;
  // Demo: a commitment at every other meeting, all in the last few months; large: three years of history.
  const commitmentRate = context.scale === 'demo' ? 0.5 : 0.08;
  const historyDays = context.scale === 'demo' ? 120 : 1095;
  const contactsMet = new Set<number>();
  const institutionsMet = new Set<number>();
  for (let i = 0; i < counts.interactions; i++) {
    const id = random.uuid();
    const campaign = live.length && random.chance(0.6) ? random.pick(live) : null;
    const occurredDaysAgo = random.int(0, historyDays);
    const occurredAt = clock.ago(occurredDaysAgo, random.int(8, 18) * 3_600_000 + random.pick([0, 15, 30, 45]) * 60_000);
    const createdAt = new Date(occurredAt.getTime() + random.int(1, 72) * 3_600_000);
    loader.push('interactions', [
      id, random.weighted(INTERACTION_KINDS), occurredAt, campaign?.id ?? null, random.pick(INTERACTION_SUBJECTS),
      `${random.pick(SUMMARY_OPENINGS)} ${random.pick(SUMMARY_REACTIONS)} ${random.pick(SUMMARY_NEXT_STEPS)}`,
      random.chance(0.7) ? random.pick(OUTCOMES) : null, random.weighted(CONFIDENTIALITY), random.pick(context.staffUserIds),
      createdAt, createdAt, random.chance(0.005) ? clock.ago(random.int(1, 20)) : null,
    ]);

    contactsMet.clear();
    institutionsMet.clear();
    const contactCount = random.weighted([[1, 55], [2, 30], [3, 15]] as const);
    for (let n = 0; n < contactCount; n++) {
      // Meetings on a campaign are mostly with its targets.
      const targets = campaign?.targetContactIndexes;
      if (targets?.length && random.chance(0.7)) {
        const contactIndex = random.pick(targets);
        contactsMet.add(contactIndex);
        continue;
      }
      const met = random.pick(policymakers);
      contactsMet.add(met.contactIndex);
      if (random.chance(0.8)) institutionsMet.add(met.institutionIndex);
    }
    if (random.chance(0.1)) institutionsMet.add(random.int(0, context.institutions.length - 1));
    for (const contactIndex of contactsMet) loader.push('interaction_contacts', [id, context.contactIds[contactIndex], occurredAt]);
    for (const institutionIndex of institutionsMet) loader.push('interaction_institutions', [id, context.institutions[institutionIndex].id, occurredAt]);

    const user = random.pick(context.staffUserIds);
    loader.push('interaction_participants', [random.uuid(), id, user, null]);
    if (random.chance(0.35)) loader.push('interaction_participants', [random.uuid(), id, null, random.pick(members)]);
    if (context.documentIds.length && random.chance(0.01)) loader.push('interaction_documents', [id, random.pick(context.documentIds)]);

    if (random.chance(commitmentRate)) {
      const dueDaysAgo = occurredDaysAgo - random.int(7, 60);
      const status = dueDaysAgo > 0 ? random.weighted([['KEPT', 50], ['BROKEN', 15], ['IN_PROGRESS', 15], ['MADE', 20]] as const) : random.weighted([['MADE', 60], ['IN_PROGRESS', 40]] as const);
      const [first] = contactsMet;
      loader.push('commitments', [
        random.uuid(), id, first === undefined ? null : context.contactIds[first], campaign?.id ?? null, random.pick(COMMITMENT_DESCRIPTIONS),
        random.chance(0.8) ? clock.day(dueDaysAgo) : null, status, occurredAt, createdAt, createdAt,
      ]);
      if (context.followUps.length < 100_000) context.followUps.push({ interactionId: id, campaignId: campaign?.id ?? null, occurredDaysAgo });
    }
    if ((i & 1023) === 0) await loader.maybeFlush();
  }
}

/** Tasks across every status (some overdue), assigned to staff or member organisations, with comments. */
export async function generateTasks(context: SeedContext): Promise<void> {
  const { random, clock, loader, counts } = context;
  loader.declare('tasks', ['id', 'title', 'description', 'campaign_id', 'assignee_user_id', 'assignee_organisation_id', 'due_date', 'priority', 'status', 'created_by_id', 'completed_at', 'interaction_id', 'created_at', 'updated_at', 'deleted_at']);
  loader.declare('task_comments', ['id', 'task_id', 'author_id', 'body', 'created_at']);
  const members = context.memberOrganisationIds.length ? context.memberOrganisationIds : context.organisationIds;
  const statuses = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'] as const;
  for (let i = 0; i < counts.tasks; i++) {
    const id = random.uuid();
    // The demo shows every status; at scale most tasks are long done.
    const status = context.scale === 'demo' ? statuses[i % statuses.length] : random.weighted([['DONE', 60], ['TODO', 20], ['IN_PROGRESS', 15], ['BLOCKED', 5]] as const);
    const followUp = context.followUps.length && random.chance(0.1) ? random.pick(context.followUps) : null;
    const createdDaysAgo = followUp ? Math.max(0, followUp.occurredDaysAgo - 1) : random.int(0, context.scale === 'demo' ? 90 : 900);
    const dueDaysAgo = createdDaysAgo - random.int(3, 60);
    const createdAt = clock.ago(createdDaysAgo, random.int(8, 18) * 3_600_000);
    const campaign = followUp ? followUp.campaignId : context.campaigns.length && random.chance(0.8) ? random.pick(context.campaigns).id : null;
    const assignee = random.weighted([['user', 50], ['organisation', 30], ['none', 20]] as const);
    const title = random
      .pick(TASK_TEMPLATES)
      .replace('{contact}', context.contactNames[random.int(0, context.contactNames.length - 1)])
      .replace('{institution}', random.pick(['the mission', 'the ministry', 'the Council presidency', 'the rapporteur', 'the delegation']));
    const completedDaysAgo = Math.min(createdDaysAgo, Math.max(0, dueDaysAgo + random.int(-5, 5)));
    const completedAt = status === 'DONE' ? new Date(Math.max(createdAt.getTime(), clock.ago(completedDaysAgo, random.int(8, 18) * 3_600_000).getTime())) : null;
    loader.push('tasks', [
      id, followUp ? `Follow up on commitment: ${title}`.slice(0, 300) : title, random.chance(0.4) ? 'See the notes from the last meeting.' : null, campaign,
      assignee === 'user' ? random.pick(context.staffUserIds) : null, assignee === 'organisation' ? random.pick(members) : null,
      random.chance(0.9) ? clock.day(dueDaysAgo) : null, random.weighted([['HIGH', 20], ['MEDIUM', 60], ['LOW', 20]] as const), status,
      random.pick(context.staffUserIds), completedAt, followUp?.interactionId ?? null,
      createdAt, completedAt ?? createdAt, random.chance(0.01) ? clock.ago(random.int(1, 20)) : null,
    ]);
    const comments = random.weighted([[0, 50], [1, 30], [2, 15], [3, 5]] as const);
    for (let n = 0; n < comments; n++) {
      loader.push('task_comments', [random.uuid(), id, random.pick(context.staffUserIds), random.pick(TASK_COMMENTS), new Date(createdAt.getTime() + (n + 1) * random.int(1, 48) * 3_600_000)]);
    }
    if ((i & 1023) === 0) await loader.maybeFlush();
  }
}
