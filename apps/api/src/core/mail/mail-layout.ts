import escapeHtml from 'escape-html';

export interface MailContent {
  language: string;
  /** Shown as the heading and used as the subject. */
  title: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footer: string;
}

/**
 * One simple, responsive layout for the system's own mails (invitations, digests). Every value is
 * escaped: content is text, never markup.
 */
export function renderMail(content: MailContent): { subject: string; html: string; text: string } {
  const paragraphs = content.paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join('');
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1d3a5f;color:#ffffff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>`
    : '';
  const html = `<!doctype html><html lang="${escapeHtml(content.language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(content.title)}</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Segoe UI,Helvetica,Arial,sans-serif;color:#1a1a1a">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:6px">
<tr><td style="padding:32px 28px"><h1 style="font-size:20px;margin:0 0 20px">${escapeHtml(content.title)}</h1>${paragraphs}${action}
<p style="margin:32px 0 0;font-size:12px;color:#5c6370">${escapeHtml(content.footer)}</p></td></tr></table></td></tr></table></body></html>`;
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
