import escapeHtml from 'escape-html';

/** Colours chosen for contrast (dark on light, WCAG AA for body and footer text); clients that invert colours still get readable mail. */
export const MAIL_COLOURS = {
  page: '#f4f5f7',
  card: '#ffffff',
  text: '#1a1a1a',
  muted: '#4b5260',
  link: '#1d3a5f',
} as const;

export const MAIL_LINK_STYLE = `color:${MAIL_COLOURS.link};text-decoration:underline`;

/** The parts of a mail's HTML, each already HTML (escaped or rendered by the caller). */
export interface MailLayoutParts {
  /** BCP 47 code, set on the document so screen readers pick the right voice. */
  language: string;
  /** The document title (the subject), as HTML text. */
  titleHtml: string;
  contentHtml: string;
  footerHtml: string;
  /** After the card, outside the visible content (e.g. an open-tracking pixel). */
  trailerHtml?: string;
}

/**
 * The one responsive layout every mail shares (system mails and mailings): tables and inline styles
 * because Outlook and Gmail ignore most CSS, a 600px column that shrinks on phones, and
 * `role="presentation"` so screen readers do not announce the layout tables.
 */
export function mailLayout(parts: MailLayoutParts): string {
  const language = escapeHtml(parts.language);
  return `<!doctype html><html lang="${language}" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light"><meta name="supported-color-schemes" content="light"><title>${parts.titleHtml}</title></head>
<body style="margin:0;padding:0;background:${MAIL_COLOURS.page};font-family:Segoe UI,Helvetica,Arial,sans-serif;color:${MAIL_COLOURS.text};font-size:16px;line-height:1.5">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:${MAIL_COLOURS.page}"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;width:100%;background:${MAIL_COLOURS.card};border-radius:6px">
<tr><td lang="${language}" style="padding:32px 28px;color:${MAIL_COLOURS.text};font-size:16px;line-height:1.5">${parts.contentHtml}</td></tr>
<tr><td style="padding:0 28px 28px;font-size:13px;line-height:1.5;color:${MAIL_COLOURS.muted}">${parts.footerHtml}</td></tr>
</table></td></tr></table>${parts.trailerHtml ?? ''}</body></html>`;
}

export interface MailContent {
  language: string;
  /** Shown as the heading and used as the subject. */
  title: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

/**
 * The system's own mails (invitations, digests). Every value is escaped: content is text, never
 * markup.
 */
export function renderMail(content: MailContent): { subject: string; html: string; text: string } {
  const paragraphs = content.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('');
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:${MAIL_COLOURS.link};color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>`
    : '';
  const html = mailLayout({
    language: content.language,
    titleHtml: escapeHtml(content.title),
    contentHtml: `<h1 style="font-size:20px;line-height:1.3;margin:0 0 20px">${escapeHtml(content.title)}</h1>${paragraphs}${action}`,
    footerHtml: `<p style="margin:0">${escapeHtml(content.footer)}</p>`,
  });
  const text = [
    content.title,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '--',
    content.footer,
  ].join('\n');
  return { subject: content.title, html, text };
}
