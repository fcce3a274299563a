import type MarkdownIt from 'markdown-it';

export type MarkdownToken = MarkdownIt.Token;

/**
 * The plain-text part of a mail, from the same parsed Markdown as the HTML part: paragraphs and headings
 * as blocks, list items as "- " or "1. ", quotes as "> ", links as "text (url)", emphasis stripped.
 * Link addresses are taken from the tokens' href as they are (the caller may have replaced them with
 * placeholders to fill per recipient).
 */
export function markdownToText(tokens: readonly MarkdownToken[]): string {
  const writer = new TextWriter();
  const lists: { ordered: boolean; next: number }[] = [];
  let row: string[] | null = null;
  let rowsInTable = 0;

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    switch (token.type) {
      case 'heading_open':
      case 'paragraph_open': {
        const inline = tokens[index + 1];
        writer.leaf(inline?.type === 'inline' ? inlineText(inline.children ?? []) : '', token.hidden);
        index += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        // Only a top-level list is set apart from the text before it; nested ones follow their item.
        if (lists.length === 0) writer.separateNext();
        lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists.at(-1);
        const marker = list?.ordered ? `${list.next++}. ` : '- ';
        writer.openItem(marker);
        break;
      }
      case 'list_item_close':
      case 'blockquote_close':
        writer.close();
        break;
      case 'blockquote_open':
        writer.open('> ');
        break;
      case 'fence':
      case 'code_block':
        writer.leaf(token.content.replace(/\n$/, ''), false);
        break;
      case 'hr':
        writer.leaf('---', false);
        break;
      case 'table_open':
        rowsInTable = 0;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'th_open':
      case 'td_open': {
        const inline = tokens[index + 1];
        row?.push(inline?.type === 'inline' ? inlineText(inline.children ?? []) : '');
        break;
      }
      case 'tr_close':
        writer.leaf((row ?? []).join(' | '), rowsInTable++ > 0);
        row = null;
        break;
      case 'inline':
        if (row === null) writer.leaf(inlineText(token.children ?? []), false);
        break;
      default:
        break;
    }
  }
  return writer.toString();
}

function inlineText(children: readonly MarkdownToken[]): string {
  let out = '';
  const links: { start: number; href: string; automatic: boolean }[] = [];
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        out += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '\n';
        break;
      case 'image':
        out += child.content;
        break;
      case 'link_open':
        links.push({ start: out.length, href: String(child.attrGet('href') ?? ''), automatic: child.markup === 'linkify' || child.markup === 'autolink' });
        break;
      case 'link_close': {
        const link = links.pop();
        // An address written out (https://…, name@example.org) is already readable as it is.
        if (link && !link.automatic) out += out.length > link.start ? ` (${link.href})` : link.href;
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** Lines of text with the prefixes of the blocks they sit in (list indentation, quote marks). */
class TextWriter {
  private readonly lines: string[] = [];
  private readonly prefixes: string[] = [];
  private marker: string | null = null;
  private separate = false;
  /** How many prefixes stayed open since the last block: a blank line between blocks belongs to those only. */
  private shared = 0;

  separateNext(): void {
    this.separate = true;
  }

  open(prefix: string): void {
    this.prefixes.push(prefix);
  }

  openItem(marker: string): void {
    this.prefixes.push(' '.repeat(marker.length));
    this.marker = marker;
  }

  close(): void {
    this.prefixes.pop();
    this.marker = null;
    this.shared = Math.min(this.shared, this.prefixes.length);
  }

  /** One block of text; `tight` ones (items of a tight list, table rows) are not set apart by a blank line. */
  leaf(text: string, tight: boolean): void {
    if (this.lines.length > 0 && (!tight || this.separate)) this.lines.push(this.prefixes.slice(0, this.shared).join('').trimEnd());
    this.separate = false;
    this.shared = this.prefixes.length;
    text.split('\n').forEach((line, index) => {
      let prefix = this.prefixes.join('');
      if (index === 0 && this.marker !== null) {
        prefix = this.prefixes.slice(0, -1).join('') + this.marker;
        this.marker = null;
      }
      this.lines.push(prefix + line);
    });
  }

  toString(): string {
    return this.lines.join('\n');
  }
}
