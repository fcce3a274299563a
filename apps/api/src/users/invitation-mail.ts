import { Language, Role } from '@alliance/domain';
import { renderMail } from '../core/mail/mail-layout';
import { OutgoingMail } from '../core/mail/outgoing-mail';

const ROLE_NAMES: Record<Language, Record<Role, string>> = {
  [Language.EN]: {
    [Role.COORDINATOR]: 'coordinator',
    [Role.ADVOCATE]: 'advocate',
    [Role.ANALYST]: 'analyst',
    [Role.MEMBER]: 'member organisation representative',
  },
  [Language.FR]: {
    [Role.COORDINATOR]: 'coordinateur·rice',
    [Role.ADVOCATE]: 'chargé·e de plaidoyer',
    [Role.ANALYST]: 'analyste',
    [Role.MEMBER]: "représentant·e d'une organisation membre",
  },
};

const TEXTS = {
  [Language.EN]: {
    title: 'You are invited to alliance-crm',
    greeting: (name: string) => `Hello ${name},`,
    body: (inviter: string, role: string) =>
      `${inviter} has invited you to the Alliance Against Genocide's CRM as ${role}. Choose your password to start.`,
    expiry: (date: string) => `This link works once and expires on ${date}.`,
    action: 'Set my password',
    footer: 'If you did not expect this invitation, you can ignore this message.',
  },
  [Language.FR]: {
    title: 'Vous êtes invité·e sur alliance-crm',
    greeting: (name: string) => `Bonjour ${name},`,
    body: (inviter: string, role: string) =>
      `${inviter} vous invite sur le CRM de l'Alliance contre le génocide en tant que ${role}. Choisissez votre mot de passe pour commencer.`,
    expiry: (date: string) => `Ce lien ne fonctionne qu'une fois et expire le ${date}.`,
    action: 'Choisir mon mot de passe',
    footer: "Si vous n'attendiez pas cette invitation, vous pouvez ignorer ce message.",
  },
} as const;

export interface InvitationMailData {
  to: string;
  name: string;
  role: Role;
  language: Language;
  inviterName: string;
  link: string;
  expiresAt: Date;
}

export function invitationMail(data: InvitationMailData): OutgoingMail {
  const texts = TEXTS[data.language] ?? TEXTS[Language.EN];
  const date = new Intl.DateTimeFormat(data.language, { dateStyle: 'long', timeZone: 'UTC' }).format(data.expiresAt);
  const rendered = renderMail({
    language: data.language,
    title: texts.title,
    paragraphs: [texts.greeting(data.name), texts.body(data.inviterName, ROLE_NAMES[data.language][data.role]), texts.expiry(date)],
    action: { label: texts.action, url: data.link },
    footer: texts.footer,
  });
  return { to: data.to, ...rendered };
}
