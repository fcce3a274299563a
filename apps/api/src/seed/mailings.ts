import type { SeedContext } from './context';

const LISTS = [
  { name: 'Action alerts', description: 'Urgent calls to act when a situation worsens: whom to write to, what to ask.', doubleOptIn: true, isPublic: true, share: 0.6 },
  { name: 'Newsletter', description: 'Monthly news from the alliance and its members.', doubleOptIn: true, isPublic: true, share: 0.4 },
  { name: 'Member briefings', description: 'Briefings for member organisations before Council sessions.', doubleOptIn: false, isPublic: false, share: 0.15 },
] as const;

const SUBJECTS = [
  ['Act now: mass atrocity warning for {{region}}', 'Agissez maintenant : alerte aux atrocités de masse pour {{region}}'],
  ['Ask your minister to support a Security Council briefing on {{region}}', 'Demandez à votre ministre de soutenir une réunion du Conseil de sécurité sur {{region}}'],
  ['Early-warning update: {{region}}', "Point d'alerte précoce : {{region}}"],
  ['Alliance newsletter', "Lettre d'information de l'Alliance"],
] as const;

const REGIONS = ['the Sahel', 'the Great Lakes', 'Darfur', 'the Horn of Africa', 'Myanmar', 'the Caucasus', 'the Middle East'] as const;

const SENT_OUTCOMES: readonly (readonly [string, number])[] = [['SENT', 985], ['BOUNCED', 6], ['FAILED', 3], ['UNKNOWN', 1]];

/**
 * Mailing lists with consenting subscribers, a few suppressed addresses, saved audiences, and mailings with one
 * delivery per recipient: finished ones (what a real send leaves behind) and one draft. Deliveries are drawn from
 * contacts with an address, so their counts reach the scale's `deliveries` (1,000,000 for large).
 */
export async function generateMailings(context: SeedContext): Promise<void> {
  const { random, clock, loader, counts } = context;
  loader.declare('mailing_lists', ['id', 'name', 'description', 'double_opt_in', 'is_public', 'created_at', 'updated_at']);
  loader.declare('list_subscriptions', ['id', 'list_id', 'contact_id', 'status', 'consent_source', 'consent_at', 'confirmed_at', 'unsubscribed_at', 'created_at', 'updated_at']);
  loader.declare('suppressions', ['address', 'reason', 'detail', 'created_at']);
  loader.declare('audiences', ['id', 'name', 'rule', 'created_at', 'updated_at']);
  loader.declare('mailings', ['id', 'name', 'list_id', 'audience_id', 'campaign_id', 'status', 'tracking_enabled', 'scheduled_at', 'created_by_id', 'send_requested_by_id', 'requested_recipient_count', 'approved_by_id', 'approved_at', 'started_at', 'finished_at', 'created_at', 'updated_at']);
  loader.declare('mailing_translations', ['mailing_id', 'language', 'subject', 'body']);
  loader.declare('deliveries', ['mailing_id', 'contact_id', 'email', 'language', 'status', 'attempts', 'message_id', 'last_error', 'sent_at', 'updated_at']);

  const listIds: string[] = [];
  for (const list of LISTS) {
    const id = random.uuid();
    const createdAt = clock.ago(random.int(900, 1400));
    loader.push('mailing_lists', [id, list.name, list.description, list.doubleOptIn, list.isPublic, createdAt, createdAt]);
    listIds.push(id);
  }

  // Reachable contacts: live, with an address. Subscribers are drawn from those who consented.
  const reachable = context.contactMail.map((mail, index) => ({ ...mail, index })).filter((mail) => mail.address && !mail.deleted);
  const suppressed = new Set<string>();
  for (const mail of reachable) {
    if (!random.chance(0.004)) continue;
    suppressed.add(mail.address as string);
    const reason = random.weighted([['HARD_BOUNCE', 70], ['COMPLAINT', 10], ['LEFT_ALL', 20]] as const);
    loader.push('suppressions', [mail.address, reason, reason === 'HARD_BOUNCE' ? '550 5.1.1 The email account that you tried to reach does not exist' : null, clock.ago(random.int(1, 600))]);
  }
  const subscribers: number[][] = LISTS.map(() => []);
  for (const mail of reachable) {
    LISTS.forEach((list, listIndex) => {
      if (mail.consent !== 'GRANTED' || !random.chance(list.share)) return;
      const consentAt = clock.ago(random.int(30, 900), random.int(0, 86_399_999));
      const status = random.weighted([['SUBSCRIBED', 94], ['UNSUBSCRIBED', 4], ['PENDING', 2]] as const);
      const confirmedAt = list.doubleOptIn && status !== 'PENDING' ? new Date(consentAt.getTime() + random.int(60, 86_400) * 1000) : null;
      const unsubscribedAt = status === 'UNSUBSCRIBED' ? clock.ago(random.int(1, 29)) : null;
      loader.push('list_subscriptions', [
        random.uuid(), listIds[listIndex], context.contactIds[mail.index], status,
        list.doubleOptIn ? 'Public subscribe form' : 'Member representative, added by the secretariat', consentAt, confirmedAt, unsubscribedAt, consentAt, unsubscribedAt ?? consentAt,
      ]);
      if (status === 'SUBSCRIBED') subscribers[listIndex].push(mail.index);
    });
    await loader.maybeFlush();
  }

  const audienceIds = LISTS.map((list, listIndex) => {
    const id = random.uuid();
    const createdAt = clock.ago(random.int(400, 800));
    loader.push('audiences', [id, `Everyone on ${list.name}`, JSON.stringify({ kind: 'LISTS', listIds: [listIds[listIndex]] }), createdAt, createdAt]);
    return id;
  });

  // Finished mailings until the deliveries reach the scale's count, newest last; then one draft.
  let deliveries = 0;
  let mailingIndex = 0;
  const target = counts.deliveries;
  while (deliveries < target && subscribers.some((list) => list.length)) {
    const listIndex = mailingIndex % 3 === 2 && subscribers[1].length ? 1 : subscribers[0].length ? 0 : 1;
    const pool = subscribers[listIndex];
    const recipients = random.sample(pool, Math.min(pool.length, target - deliveries));
    const id = random.uuid();
    const [subjectEn, subjectFr] = random.pick(SUBJECTS);
    const region = random.pick(REGIONS);
    // Demo: the last few weeks; large: one every two weeks or so over the past two years.
    const daysAgo = context.scale === 'demo' ? 4 + mailingIndex * 12 : Math.max(2, 700 - mailingIndex * 15);
    const startedAt = clock.ago(daysAgo, random.int(8, 17) * 3_600_000);
    const finishedAt = new Date(startedAt.getTime() + Math.ceil(recipients.length / 800) * 1000 + 5000);
    const coordinator = context.staffUserIds[0];
    loader.push('mailings', [
      id, `${subjectEn.replace('{{region}}', region)} (${clock.day(daysAgo)})`, listIds[listIndex], audienceIds[listIndex], random.chance(0.5) && context.campaigns.length ? random.pick(context.campaigns).id : null,
      'FINISHED', false, null, coordinator, coordinator, recipients.length, null, null, startedAt, finishedAt, new Date(startedAt.getTime() - 86_400_000), finishedAt,
    ]);
    pushTranslations(context, id, subjectEn.replace('{{region}}', region), subjectFr.replace('{{region}}', region), region);
    for (const contactIndex of recipients) {
      const mail = context.contactMail[contactIndex];
      const address = mail.address as string;
      const language = mail.language === 'fr' ? 'fr' : 'en';
      if (suppressed.has(address)) {
        loader.push('deliveries', [id, context.contactIds[contactIndex], address, language, 'SUPPRESSED', 0, null, null, null, startedAt]);
        continue;
      }
      const status = random.weighted(SENT_OUTCOMES);
      const sentAt = status === 'SENT' ? new Date(startedAt.getTime() + random.int(0, finishedAt.getTime() - startedAt.getTime())) : null;
      const lastError = status === 'BOUNCED' ? '550 5.1.1 User unknown' : status === 'FAILED' ? '451 4.7.1 Try again later' : null;
      loader.push('deliveries', [id, context.contactIds[contactIndex], address, language, status, status === 'FAILED' ? 5 : 1, status === 'SENT' ? `<seed${mailingIndex}.${contactIndex}@alliance.demo>` : null, lastError, sentAt, sentAt ?? finishedAt]);
    }
    deliveries += recipients.length;
    mailingIndex++;
    await loader.maybeFlush();
  }

  const draftId = random.uuid();
  const region = random.pick(REGIONS);
  const draftCreated = clock.ago(1, 10 * 3_600_000);
  loader.push('mailings', [draftId, `Draft alert: ${region}`, listIds[0], audienceIds[0], null, 'DRAFT', false, null, context.staffUserIds[0], null, null, null, null, null, null, draftCreated, draftCreated]);
  pushTranslations(context, draftId, `Act now: mass atrocity warning for ${region}`, `Agissez maintenant : alerte aux atrocités de masse pour ${region}`, region);
  await loader.maybeFlush();
}

function pushTranslations(context: SeedContext, mailingId: string, subjectEn: string, subjectFr: string, region: string): void {
  context.loader.push('mailing_translations', [
    mailingId, 'en', subjectEn,
    `Dear {{firstName}},\n\nOur members in ${region} report new attacks on civilians and hate speech on local radio.\n\n**What you can do today:**\n\n- Write to your foreign minister and ask for a Security Council briefing.\n- Share the alliance's statement with your network.\n\nThank you for acting with us.`,
  ]);
  context.loader.push('mailing_translations', [
    mailingId, 'fr', subjectFr,
    `Bonjour {{firstName}},\n\nNos membres dans la région (${region}) signalent de nouvelles attaques contre des civils et des discours de haine à la radio locale.\n\n**Ce que vous pouvez faire aujourd'hui :**\n\n- Écrivez à votre ministre des Affaires étrangères pour demander une réunion du Conseil de sécurité.\n- Partagez la déclaration de l'Alliance avec votre réseau.\n\nMerci d'agir avec nous.`,
  ]);
}
