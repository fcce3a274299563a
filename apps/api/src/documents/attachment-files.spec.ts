import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { GraphQLError } from 'graphql';
import { cleanFileName, formatBytes, inspectFile } from './attachment-files';

/** A zip archive with stored (uncompressed) entries, enough for type detection. */
function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${main}.main+xml"/></Types>`;
const DOCX = storedZip({ '[Content_Types].xml': contentTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document'), 'word/document.xml': '<w:document/>' });
const DOCM = storedZip({ '[Content_Types].xml': contentTypes('application/vnd.ms-word.document.macroEnabled'), 'word/document.xml': '<w:document/>' });
const ODT = storedZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' });
const PLAIN_ZIP = storedZip({ 'payload.exe': 'MZ' });
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex')]);
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62)]);

async function refusal(run: Promise<unknown>): Promise<{ field: unknown; message: string }> {
  const error = await run.then(() => null, (caught: unknown) => caught);
  if (!(error instanceof GraphQLError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  return { field: error.extensions.field, message: error.message };
}

describe('inspectFile', () => {
  it('should accept each allowed type whose bytes match its name, with the type found in the bytes and a checksum', async () => {
    await expect(inspectFile('Options paper.pdf', PDF, 1000)).resolves.toEqual({
      fileName: 'Options paper.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect((await inspectFile('brief.docx', DOCX, 10_000)).contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await inspectFile('notes.odt', ODT, 10_000)).contentType).toBe('application/vnd.oasis.opendocument.text');
    expect((await inspectFile('map.PNG', PNG, 1000)).contentType).toBe('image/png');
    expect((await inspectFile('figures.csv', Buffer.from('country,displaced\nSudan,"11 000 000"\n'), 1000)).contentType).toBe('text/csv; charset=utf-8');
    expect((await inspectFile('sitrep.md', Buffer.from('# El Fasher\n\n*Besieged* since May — 2026.\n'), 1000)).contentType).toBe('text/markdown; charset=utf-8');
  });

  it('should refuse executables, archives and markup on the field file, whatever they are named', async () => {
    expect(await refusal(inspectFile('report.pdf', ELF, 1000))).toEqual({ field: 'file', message: expect.stringMatching(/^file: is named \.pdf but its content is not a PDF file \(it looks like \.elf\)/) });
    expect((await refusal(inspectFile('tool.exe', EXE, 1000))).message).toMatch(/\.exe files are not accepted/);
    expect((await refusal(inspectFile('memo.docx', EXE, 1000))).message).toMatch(/is named \.docx but its content is not a DOCX file \(it looks like \.exe\)/);
    expect((await refusal(inspectFile('macro.docx', DOCM, 10_000))).message).toMatch(/it looks like \.docm/);
    expect((await refusal(inspectFile('archive.docx', PLAIN_ZIP, 10_000))).message).toMatch(/it looks like \.zip/);
    expect((await refusal(inspectFile('archive.zip', PLAIN_ZIP, 10_000))).message).toMatch(/\.zip files are not accepted/);
    expect((await refusal(inspectFile('page.html', Buffer.from('<html></html>'), 1000))).message).toMatch(/\.html files are not accepted/);
    expect((await refusal(inspectFile('image.svg', Buffer.from('<svg/>'), 1000))).message).toMatch(/\.svg files are not accepted/);
    expect((await refusal(inspectFile('page.pdf', Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), 1000))).message).toMatch(/is named \.pdf but its content is not a PDF/);
    expect((await refusal(inspectFile('page.txt', Buffer.from('  <!doctype html><script>alert(1)</script>'), 1000))).message).toMatch(/is not plain UTF-8 text/);
    expect((await refusal(inspectFile('README', Buffer.from('hello'), 1000))).message).toMatch(/its name has no extension/);
  });

  it('should refuse text that is not UTF-8 or holds NUL bytes, and a binary named as text', async () => {
    expect((await refusal(inspectFile('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 1000))).message).toMatch(/is not plain UTF-8 text/);
    expect((await refusal(inspectFile('nul.csv', Buffer.from('a,b\u0000\n'), 1000))).message).toMatch(/is not plain UTF-8 text/);
    expect((await refusal(inspectFile('scan.md', PNG, 1000))).message).toMatch(/is not plain UTF-8 text/);
  });

  it('should refuse an empty file and one over the limit, saying the limit', async () => {
    expect(await refusal(inspectFile('empty.pdf', Buffer.alloc(0), 1000))).toEqual({ field: 'file', message: 'file: must not be empty' });
    expect(await refusal(inspectFile('big.pdf', Buffer.alloc(2049), 2048))).toEqual({ field: 'file', message: 'file: must be at most 2 KiB (2048 bytes)' });
  });
});

describe('cleanFileName', () => {
  it('should keep the name people gave, without folders, control characters or excess length', () => {
    expect(cleanFileName('C:\\Users\\amina\\Note d’orientation — Soudan.pdf')).toBe('Note d’orientation — Soudan.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('bad\u0000\nname\t.pdf')).toBe('bad name .pdf');
    const long = cleanFileName(`${'a'.repeat(400)}.docx`);
    expect(long).toHaveLength(255);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('should state limits as people read them', () => {
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MiB');
    expect(formatBytes(1536 * 1024)).toBe('1.5 MiB');
    expect(formatBytes(512)).toBe('512 bytes');
  });
});
