import { Language } from '@alliance/domain';
import { renderMail } from '../../core/mail/mail-layout';
import { OutgoingMail } from '../../core/mail/outgoing-mail';

export interface DigestTask {
  title: string;
  dueDate: string;
  overdue: boolean;
}

const TEXTS = {
  [Language.EN]: {
    title: (count: number) => `${count} coalition task${count === 1 ? '' : 's'} due`,
    greeting: (name: string) => `Hello ${name},`,
    line: (task: DigestTask) => `${task.overdue ? 'OVERDUE' : 'Due today'} (${task.dueDate}): ${task.title}`,
    action: 'Open my tasks',
    footer: 'You receive this digest because tasks are assigned to you or your organisation in alliance-crm.',
  },
  [Language.FR]: {
    title: (count: number) => `${count} tâche${count === 1 ? '' : 's'} de la coalition à échéance`,
    greeting: (name: string) => `Bonjour ${name},`,
    line: (task: DigestTask) => `${task.overdue ? 'EN RETARD' : "Pour aujourd'hui"} (${task.dueDate}) : ${task.title}`,
    action: 'Ouvrir mes tâches',
    footer: 'Vous recevez ce récapitulatif car des tâches vous sont confiées, à vous ou à votre organisation, dans alliance-crm.',
  },
} as const;

export function taskDigestMail(to: { email: string; name: string; language: Language }, tasks: DigestTask[], link: string): OutgoingMail {
  const texts = TEXTS[to.language] ?? TEXTS[Language.EN];
  const rendered = renderMail({
    language: to.language,
    title: texts.title(tasks.length),
    paragraphs: [texts.greeting(to.name), ...tasks.map((task) => texts.line(task))],
    action: { label: texts.action, url: link },
    footer: texts.footer,
  });
  return { to: to.email, ...rendered };
}
