import { Language } from '@alliance/domain';
import escapeHtml from 'escape-html';
import MarkdownIt from 'markdown-it';
import { MAIL_COLOURS, MAIL_LINK_STYLE, mailLayout } from '../../core/mail/mail-layout';
import { markdownToText, MarkdownToken } from './markdown-text';
import { isMergeField, MergeField } from './merge-fields';

export { MERGE_FIELDS, unknownMergeFields, unknownMergeFieldMessage } from './merge-fields';
export type { MergeField } from './merge-fields';

/** What merge fields a recipient fills: {{firstName}}, {{lastName}}, {{fullName}}, {{email}}, {{organisationName}}. */
export interface MergeValues {
  firstName: string;
  lastName: string;
  email: string;
  organisationName: string | null;
}

/** Per-recipient links the layout carries (the footer's unsubscribe and preferences; tracking only when on). */
export interface RecipientLinks {
  unsubscribeUrl: string;
  preferencesUrl: string;
  /** Open tracking pixel; only when the mailing tracks. */
  openPixelUrl?: string;
  /** Wraps a body link of the HTML part for click tracking; only when the mailing tracks. */
  trackClick?: (url: string) => string;
}

export interface RenderedMailing {
  subject: string;
  html: string;
  text: string;
}

/** A translation parsed once (Markdown to HTML) and merged cheaply per recipient. */
export interface CompiledMailing {
  render(values: MergeValues, links: RecipientLinks): RenderedMailing;
}

export interface CompileOptions {
  /** The list the mailing goes out on, named in the footer ("you are on the list …"). */
  listName?: string;
}

/**
 * Raw HTML in a body is shown as text (`html: false`), and only web and mail links survive: anything
 * else (javascript:, data:, relative paths that mean nothing in a mail) stays as the text it was written.
 */
const markdown = new MarkdownIt('default', { html: false, linkify: true, typographer: false });
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;
const WEB_LINK = /^https?:\/\//i;
markdown.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim());

/** Inline styles, as most mail clients drop <style> blocks. */
const BLOCK_STYLES: Record<string, string> = {
  p: 'margin:0 0 16px',
  h1: 'font-size:24px;line-height:1.3;margin:0 0 16px',
  h2: 'font-size:20px;line-height:1.3;margin:24px 0 12px',
  h3: 'font-size:18px;line-height:1.3;margin:20px 0 8px',
  h4: 'font-size:16px;margin:16px 0 8px',
  h5: 'font-size:16px;margin:16px 0 8px',
  h6: 'font-size:16px;margin:16px 0 8px',
  ul: 'margin:0 0 16px;padding-left:24px',
  ol: 'margin:0 0 16px;padding-left:24px',
  li: 'margin:0 0 4px',
  blockquote: `margin:0 0 16px;padding:0 0 0 16px;border-left:4px solid #c9ced6;color:${MAIL_COLOURS.muted}`,
  hr: 'border:0;border-top:1px solid #d8dce2;margin:24px 0',
  table: 'border-collapse:collapse;margin:0 0 16px',
  th: 'border:1px solid #d8dce2;padding:4px 8px;text-align:left',
  td: 'border:1px solid #d8dce2;padding:4px 8px;text-align:left',
  a: MAIL_LINK_STYLE,
  img: 'max-width:100%;height:auto;border:0',
};

const FOOTERS: Record<Language, { because: (list: string | null) => string; unsubscribe: string; preferences: string }> = {
  [Language.EN]: {
    because: (list) => (list ? `You receive this because you are on the list “${list}”.` : 'You receive this because you are on one of our mailing lists.'),
    unsubscribe: 'Unsubscribe',
    preferences: 'Manage your subscriptions',
  },
  [Language.FR]: {
    because: (list) =>
      list ? `Vous recevez ce message car vous êtes inscrit·e à la liste « ${list} ».` : 'Vous recevez ce message car vous êtes inscrit·e à l’une de nos listes.',
    unsubscribe: 'Se désinscrire',
    preferences: 'Gérer mes abonnements',
  },
};

// ---- Templates ---------------------------------------------------------------------------------

type UrlPiece = string | { field: MergeField };

/** A piece of a compiled mail: fixed text, or something filled per recipient. */
type Part =
  | string
  | { kind: 'field'; field: MergeField }
  | { kind: 'url'; url: UrlPiece[]; track: boolean }
  | { kind: 'subject' | 'unsubscribe' | 'preferences' | 'pixel' };

/**
 * Placeholders for what is filled per recipient, between NUL characters: markdown-it turns every NUL
 * of its input into U+FFFD, and the other compiled texts (list name, subject) are stripped of NUL, so
 * no author text can forge one.
 */
const SLOT = (code: string): string => `\u0000${code}\u0000`;
// eslint-disable-next-line no-control-regex -- NUL delimits the placeholders on purpose (see above)
const SLOTS_AND_FIELDS = /\u0000([^\u0000]*)\u0000|\{\{\s*(\w+)\s*\}\}/g;
/** A merge field inside a link's address, as markdown-it percent-encoded it. */
const ENCODED_FIELD = /%7B%7B(?:\s|%20)*(\w+)(?:\s|%20)*%7D%7D/gi;
const MERGE_FIELD = /\{\{\s*(\w+)\s*\}\}/g;

function splitUrl(href: string): UrlPiece[] {
  return splitOn(href, ENCODED_FIELD, (match) => (isMergeField(match[1]) ? { field: match[1] } : null));
}

function splitOn<T>(source: string, pattern: RegExp, toPart: (match: RegExpMatchArray) => T | null): (string | T)[] {
  const parts: (string | T)[] = [];
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    const part = toPart(match);
    if (part === null) continue;
    if (match.index > last) parts.push(source.slice(last, match.index));
    parts.push(part);
    last = match.index + match[0].length;
  }
  if (last < source.length) parts.push(source.slice(last));
  return parts;
}

function compileTemplate(source: string, urls: readonly { url: UrlPiece[]; track: boolean }[], literals: Record<string, string>): Part[] {
  const parts = splitOn<Part>(source, SLOTS_AND_FIELDS, (match) => {
    const [, slot, field] = match;
    if (slot === undefined) return isMergeField(field) ? { kind: 'field', field } : null;
    if (slot in literals) return literals[slot];
    if (slot === 'S') return { kind: 'subject' };
    if (slot === 'U') return { kind: 'unsubscribe' };
    if (slot === 'P') return { kind: 'preferences' };
    if (slot === 'X') return { kind: 'pixel' };
    const link = urls[Number(slot)];
    return { kind: 'url', url: link.url, track: link.track };
  });
  // Adjacent fixed texts joined once here, so rendering concatenates fewer pieces.
  return parts.reduce<Part[]>((joined, part) => {
    const previous = joined.at(-1);
    if (typeof part === 'string' && typeof previous === 'string') joined[joined.length - 1] = previous + part;
    else joined.push(part);
    return joined;
  }, []);
}

// ---- Compiling ---------------------------------------------------------------------------------

/** Styles the tokens and replaces link addresses with placeholders, collecting the addresses. */
function prepareTokens(tokens: MarkdownToken[], urls: { url: UrlPiece[]; track: boolean }[]): void {
  for (const token of tokens) {
    const style = BLOCK_STYLES[token.tag];
    if (style && token.nesting !== -1) {
      const own = token.attrGet('style');
      token.attrSet('style', own ? `${style};${own}` : style);
    }
    if (token.type === 'link_open' || token.type === 'image') {
      const attribute = token.type === 'link_open' ? 'href' : 'src';
      const address = String(token.attrGet(attribute) ?? '');
      // Only web links go through a click redirect; a mailto: must open the reader's mail program directly.
      urls.push({ url: splitUrl(address), track: token.type === 'link_open' && WEB_LINK.test(address) });
      token.attrSet(attribute, SLOT(String(urls.length - 1)));
    }
    if (token.children) prepareTokens(token.children, urls);
  }
}

// eslint-disable-next-line no-control-regex -- NUL is the placeholder delimiter, which no compiled text may carry
const withoutNul = (text: string): string => text.replace(/\u0000/g, '');

function footerTexts(language: string): (typeof FOOTERS)[Language] {
  return FOOTERS[language as Language] ?? FOOTERS[Language.EN];
}

/**
 * Parses a translation's Markdown once; `render` then only fills in each recipient's values and links.
 * Merge fields are filled after Markdown, so a value is always text: HTML-escaped in the HTML part,
 * percent-encoded inside a link's address, as is in the plain-text part.
 */
export function compileMailing(translation: { subject: string; body: string }, language: string, options: CompileOptions = {}): CompiledMailing {
  const urls: { url: UrlPiece[]; track: boolean }[] = [];
  const tokens = markdown.parse(translation.body, {});
  prepareTokens(tokens, urls);
  const bodyHtml = markdown.renderer.render(tokens, markdown.options, {});
  const bodyText = markdownToText(tokens);

  const footer = footerTexts(language);
  const listName = options.listName ? withoutNul(options.listName) : null;
  const because = footer.because(listName === null ? null : SLOT('L'));
  const html = mailLayout({
    language,
    titleHtml: SLOT('S'),
    contentHtml: bodyHtml,
    footerHtml:
      `<p style="margin:0 0 8px">${escapeHtml(because)}</p>` +
      `<p style="margin:0"><a href="${SLOT('U')}" style="${MAIL_LINK_STYLE}">${escapeHtml(footer.unsubscribe)}</a>` +
      ` &middot; <a href="${SLOT('P')}" style="${MAIL_LINK_STYLE}">${escapeHtml(footer.preferences)}</a></p>`,
    trailerHtml: SLOT('X'),
  });
  const text = `${bodyText}\n\n-- \n${because}\n${footer.unsubscribe}: ${SLOT('U')}\n${footer.preferences}: ${SLOT('P')}\n`;

  const htmlParts = compileTemplate(html, urls, { L: escapeHtml(listName ?? '') });
  const textParts = compileTemplate(text, urls, { L: listName ?? '' });
  const subjectParts = splitOn<Part>(withoutNul(translation.subject), MERGE_FIELD, ([, field]) => (isMergeField(field) ? { kind: 'field', field } : null));

  return {
    render(values: MergeValues, links: RecipientLinks): RenderedMailing {
      const raw = mergeValues(values);
      const subject = singleLine(fill(subjectParts, raw, links, '', false));
      return {
        subject,
        html: fill(htmlParts, raw, links, subject, true),
        text: fill(textParts, raw, links, subject, false),
      };
    },
  };
}

function mergeValues(values: MergeValues): Record<MergeField, string> {
  const firstName = values.firstName ?? '';
  const lastName = values.lastName ?? '';
  return {
    firstName,
    lastName,
    fullName: [firstName, lastName].filter((name) => name.length > 0).join(' '),
    email: values.email ?? '',
    organisationName: values.organisationName ?? '',
  };
}

function fill(parts: readonly Part[], values: Record<MergeField, string>, links: RecipientLinks, subject: string, html: boolean): string {
  const escape = html ? escapeHtml : (text: string) => text;
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    switch (part.kind) {
      case 'field':
        out += escape(values[part.field]);
        break;
      case 'url': {
        let url = '';
        for (const piece of part.url) url += typeof piece === 'string' ? piece : encodeURIComponent(values[piece.field]);
        // The plain-text part shows its addresses to the reader: they stay the ones the author wrote.
        out += escape(html && part.track && links.trackClick ? links.trackClick(url) : url);
        break;
      }
      case 'subject':
        out += escape(subject);
        break;
      case 'unsubscribe':
        out += escape(links.unsubscribeUrl);
        break;
      case 'preferences':
        out += escape(links.preferencesUrl);
        break;
      case 'pixel':
        if (html && links.openPixelUrl) {
          out += `<img src="${escapeHtml(links.openPixelUrl)}" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0">`;
        }
        break;
    }
  }
  return out;
}

/** A header value cannot carry a line break or any other control character: each run becomes one space. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;

function singleLine(subject: string): string {
  return subject.replace(CONTROL_CHARACTERS, ' ').trim();
}
