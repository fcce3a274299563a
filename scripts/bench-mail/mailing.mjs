// The benchmark's mailing (a bilingual action alert of a realistic size) and the GraphQL calls that create, send
// and follow it, as a signed-in coordinator's browser tab would make them.
import PostalMime from 'postal-mime';
import { SIGN_IN } from '../bench-api/operations.mjs';

const BODY_EN = `Dear {{firstName}},

The situation in **North Darfur** has worsened sharply over the past 72 hours. Our partners on the ground report
that the last functioning hospital in the city has been shelled, that humanitarian corridors remain closed and
that civilians trying to leave are being stopped at checkpoints.

## What we ask of you today

1. **Call or write to your foreign ministry** and ask that it press, at the Security Council's meeting on Thursday,
   for the immediate opening of humanitarian access and the protection of civilians.
2. **Share the alliance's statement** with your networks and with journalists you work with.
3. **Tell us what you did**, so that we can coordinate follow-up across member organisations.

> "Early action saves lives. Every day of silence is read as permission." — statement of the alliance's members

The full situation report, with sources, is available to members in the CRM. If {{organisationName}} has
information from the region, please send it to the early-warning desk at once.

With thanks for your continued commitment,

The Alliance Against Genocide secretariat
`;

const BODY_FR = `Chère, cher {{firstName}},

La situation au **Darfour du Nord** s'est brutalement aggravée au cours des dernières 72 heures. Nos partenaires
sur place signalent que le dernier hôpital en état de fonctionner a été bombardé, que les couloirs humanitaires
restent fermés et que les civils qui tentent de fuir sont arrêtés aux points de contrôle.

## Ce que nous vous demandons aujourd'hui

1. **Appelez ou écrivez à votre ministère des affaires étrangères** pour qu'il demande, lors de la réunion du
   Conseil de sécurité de jeudi, l'ouverture immédiate de l'accès humanitaire et la protection des civils.
2. **Partagez la déclaration de l'alliance** avec vos réseaux et les journalistes avec qui vous travaillez.
3. **Dites-nous ce que vous avez fait**, pour que nous coordonnions la suite entre organisations membres.

> « Agir tôt sauve des vies. Chaque jour de silence est compris comme une permission. » — déclaration des membres

Le rapport de situation complet, avec ses sources, est disponible pour les membres dans le CRM. Si
{{organisationName}} dispose d'informations venant de la région, merci de les envoyer sans attendre.

Avec nos remerciements pour votre engagement,

Le secrétariat de l'Alliance contre le génocide
`;

export const TRANSLATIONS = [
  { language: 'EN', subject: 'Action alert: North Darfur — act before Thursday’s Security Council meeting', body: BODY_EN },
  { language: 'FR', subject: 'Alerte : Darfour du Nord — agissez avant la réunion du Conseil de sécurité jeudi', body: BODY_FR },
];

/** Headers nodemailer writes itself; the others (List-Unsubscribe…) are the pipeline's own and are sent again. */
const COMPOSED_HEADERS = new Set(['from', 'to', 'subject', 'message-id', 'date', 'mime-version', 'content-type', 'content-transfer-encoding']);

/**
 * The content of a mail the pipeline sent (as received by the sink), for the ceiling to send again through bare
 * nodemailer: same subject, HTML and text parts and extra headers, hence the same size and the same MIME work.
 */
export async function mailFromSample(raw) {
  const email = await PostalMime.parse(raw);
  const headers = Object.fromEntries(email.headers.filter((h) => !COMPOSED_HEADERS.has(h.key)).map((h) => [h.originalKey ?? h.key, h.value]));
  return { from: email.from.address ? `${email.from.name ? `"${email.from.name}" ` : ''}<${email.from.address}>` : undefined, subject: email.subject, html: email.html, text: email.text, headers };
}

/** A signed-in session: keeps the cookie and sends what the API's cross-site checks ask of a browser tab. */
export class GraphqlSession {
  constructor(publicUrl) {
    this.publicUrl = publicUrl;
    this.cookie = null;
  }

  async request(query, variables) {
    const response = await fetch(`${this.publicUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        origin: new URL(this.publicUrl).origin,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors?.length) {
      const error = new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 800)}`);
      error.graphqlErrors = body.errors;
      throw error;
    }
    return { data: body.data, response };
  }

  async signIn(email, password) {
    const { response } = await this.request(SIGN_IN, { input: { email, password } });
    this.cookie = response.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    if (!this.cookie) throw new Error(`signIn of ${email} set no cookie`);
    return this;
  }

  async query(query, variables) {
    return (await this.request(query, variables)).data;
  }
}

const PROGRESS = 'progress { total queued sent failed bounced suppressed unsubscribed noConsent cancelled unknown }';
const MAILING_FIELDS = `id status requestedRecipientCount startedAt finishedAt ${PROGRESS}`;

export async function createMailing(session, { name, listId }) {
  const { createAudience } = await session.query(
    'mutation CreateAudience($input: CreateAudienceInput!) { createAudience(input: $input) { id } }',
    { input: { name: `${name} audience`, rule: { kind: 'LISTS', listIds: [listId] } } },
  );
  const { createMailing: mailing } = await session.query(
    'mutation CreateMailing($input: CreateMailingInput!) { createMailing(input: $input) { id status } }',
    { input: { name, listId, audienceId: createAudience.id, translations: TRANSLATIONS } },
  );
  return mailing.id;
}

export async function audienceCount(session, { listId }) {
  const { audienceCount: count } = await session.query(
    'query AudienceCount($listId: ID!, $rule: AudienceRuleInput!) { audienceCount(listId: $listId, rule: $rule) { matching recipients suppressed unsubscribed noConsent } }',
    { listId, rule: { kind: 'LISTS', listIds: [listId] } },
  );
  return count;
}

export async function sendMailing(session, mailingId) {
  return (await session.query(`mutation SendMailing($input: SendMailingInput!) { sendMailing(input: $input) { ${MAILING_FIELDS} } }`, { input: { id: mailingId } })).sendMailing;
}

export async function approveMailing(session, mailingId) {
  return (await session.query(`mutation ApproveMailing($id: ID!) { approveMailing(id: $id) { ${MAILING_FIELDS} } }`, { id: mailingId })).approveMailing;
}

export async function resendUnknownDeliveries(session, mailingId) {
  return (await session.query(`mutation ResendUnknown($id: ID!) { resendUnknownDeliveries(id: $id) { ${MAILING_FIELDS} } }`, { id: mailingId })).resendUnknownDeliveries;
}

export async function mailingState(session, mailingId) {
  return (await session.query(`query MailingState($id: ID!) { mailing(id: $id) { ${MAILING_FIELDS} } }`, { id: mailingId })).mailing;
}
