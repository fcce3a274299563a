import { Language } from '@alliance/domain';
import { renderMail } from '../../core/mail/mail-layout';
import { OutgoingMail } from '../../core/mail/outgoing-mail';

export const CONFIRMATION_VALID_DAYS = 7;

const TEXTS = {
  [Language.EN]: {
    confirm: {
      title: 'Confirm your subscription',
      asked: (lists: string) =>
        `Someone, most likely you, asked to receive mail from the Alliance Against Genocide at this address, on: ${lists}.`,
      next: `Confirm to start receiving it. The link works for ${CONFIRMATION_VALID_DAYS} days.`,
      action: 'Confirm my subscription',
      footer: 'If you did not ask for this, ignore this message: you will receive nothing more.',
    },
    welcome: {
      title: 'You are subscribed',
      done: (lists: string) => `This address receives mail from the Alliance Against Genocide on: ${lists}.`,
      next: 'You can change your choice or leave every list at any time.',
      action: 'Manage my subscriptions',
      footer: 'If you did not ask for this, follow the link above to leave.',
    },
  },
  [Language.FR]: {
    confirm: {
      title: 'Confirmez votre inscription',
      asked: (lists: string) =>
        `Quelqu'un, sans doute vous, a demandé à recevoir à cette adresse les envois de l'Alliance contre le génocide, sur : ${lists}.`,
      next: `Confirmez pour commencer à les recevoir. Le lien est valable ${CONFIRMATION_VALID_DAYS} jours.`,
      action: 'Confirmer mon inscription',
      footer: "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : vous ne recevrez rien d'autre.",
    },
    welcome: {
      title: 'Votre inscription est enregistrée',
      done: (lists: string) => `Cette adresse reçoit les envois de l'Alliance contre le génocide sur : ${lists}.`,
      next: 'Vous pouvez modifier votre choix ou quitter toutes les listes à tout moment.',
      action: 'Gérer mes abonnements',
      footer: "Si vous n'êtes pas à l'origine de cette demande, suivez le lien ci-dessus pour vous désinscrire.",
    },
  },
} as const;

function textsOf(language: string) {
  return language === Language.FR ? TEXTS[Language.FR] : TEXTS[Language.EN];
}

function listNames(names: string[], language: string): string {
  const french = language === Language.FR;
  const quoted = names.map((name) => (french ? `« ${name} »` : `“${name}”`));
  return new Intl.ListFormat(french ? 'fr' : 'en', { style: 'long', type: 'conjunction' }).format(quoted);
}

/** The double opt-in mail: one per form submission, whatever the number of lists. */
export function confirmationMail(to: string, language: string, lists: string[], link: string): OutgoingMail {
  const texts = textsOf(language).confirm;
  return { to, ...renderMail({ language, title: texts.title, paragraphs: [texts.asked(listNames(lists, language)), texts.next], action: { label: texts.action, url: link }, footer: texts.footer }) };
}

/** When nothing waits for confirmation: says which lists the address is on, with the way out. */
export function welcomeMail(to: string, language: string, lists: string[], preferencesLink: string): OutgoingMail {
  const texts = textsOf(language).welcome;
  return {
    to,
    ...renderMail({ language, title: texts.title, paragraphs: [texts.done(listNames(lists, language)), texts.next], action: { label: texts.action, url: preferencesLink }, footer: texts.footer }),
  };
}
