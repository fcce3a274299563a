import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { badUserInput } from '../core/graphql/errors';

/** What is kept of an uploaded file once it passed the checks. */
export interface InspectedFile {
  fileName: string;
  /** From the bytes (or, for text, from the extension once the bytes are known to be text), never from the client. */
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

interface AllowedType {
  extensions: readonly string[];
  contentType: string;
  /** The type file-type must find in the bytes; null for text formats, which have no signature. */
  detected: string | null;
}

const ALLOWED_TYPES: readonly AllowedType[] = [
  { extensions: ['pdf'], detected: 'pdf', contentType: 'application/pdf' },
  { extensions: ['docx'], detected: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { extensions: ['xlsx'], detected: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { extensions: ['pptx'], detected: 'pptx', contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  { extensions: ['odt'], detected: 'odt', contentType: 'application/vnd.oasis.opendocument.text' },
  { extensions: ['ods'], detected: 'ods', contentType: 'application/vnd.oasis.opendocument.spreadsheet' },
  { extensions: ['png'], detected: 'png', contentType: 'image/png' },
  { extensions: ['jpg', 'jpeg'], detected: 'jpg', contentType: 'image/jpeg' },
  { extensions: ['webp'], detected: 'webp', contentType: 'image/webp' },
  { extensions: ['txt'], detected: null, contentType: 'text/plain; charset=utf-8' },
  { extensions: ['md', 'markdown'], detected: null, contentType: 'text/markdown; charset=utf-8' },
  { extensions: ['csv'], detected: null, contentType: 'text/csv; charset=utf-8' },
];

export const ALLOWED_EXTENSIONS: readonly string[] = ALLOWED_TYPES.flatMap((type) => type.extensions);
const ACCEPTED = 'PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods), PNG, JPEG, WebP, text (.txt), Markdown (.md) or CSV';
const MAX_FILE_NAME = 255;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/g;
/** Markup a browser would render or run if it ever treated the file as a page. */
const MARKUP_START = /^\s*<(!doctype|html|svg|\?xml|script|head|body|iframe)\b/i;

const refuse = (message: string) => badUserInput({ field: 'file', message });

/** "10 MiB" or "512 KiB" or "100 bytes": the limit as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

export function tooLargeMessage(maxBytes: number): string {
  return `must be at most ${formatBytes(maxBytes)} (${maxBytes} bytes)`;
}

/** The name shown and offered on download: no folders, no control characters, at most 255 characters. */
export function cleanFileName(original: string): string {
  const base = original.normalize('NFC').split(/[/\\]/).at(-1) ?? '';
  const name = base.replace(/\s+/g, ' ').replace(CONTROL_CHARACTERS, '').trim();
  if (name.length <= MAX_FILE_NAME) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return name.slice(0, MAX_FILE_NAME - extension.length).trimEnd() + extension;
}

function extensionOf(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : null;
}

function isPlainText(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return !MARKUP_START.test(text.replace(/^\uFEFF/, ''));
  } catch {
    return false;
  }
}

/**
 * Accepts a file only when its name has an allowed extension and its bytes are what that extension
 * says (sniffed with file-type; text formats must be UTF-8 without NUL bytes, and not markup).
 * Throws BAD_USER_INPUT on `file` saying why.
 */
export async function inspectFile(originalName: string, bytes: Buffer, maxBytes: number): Promise<InspectedFile> {
  if (bytes.length > maxBytes) throw refuse(tooLargeMessage(maxBytes));
  if (bytes.length === 0) throw refuse('must not be empty');
  const fileName = cleanFileName(originalName);
  if (!fileName) throw refuse('must have a file name');
  const extension = extensionOf(fileName);
  const allowed = ALLOWED_TYPES.find((type) => extension && type.extensions.includes(extension));
  if (!extension || !allowed) {
    throw refuse(`must be a ${ACCEPTED} file${extension ? `; .${extension} files are not accepted` : ' (its name has no extension)'}`);
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (allowed.detected === null) {
    if (detected || !isPlainText(bytes)) throw refuse(`is named .${extension} but is not plain UTF-8 text`);
  } else if (detected?.ext !== allowed.detected) {
    const found = detected ? ` (it looks like .${detected.ext})` : '';
    throw refuse(`is named .${extension} but its content is not a ${extension.toUpperCase()} file${found}`);
  }
  return { fileName, contentType: allowed.contentType, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
