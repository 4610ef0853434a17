// Format detection by content: binaries refused with what they are, text formats told apart whatever
// the file is called, and the name used only for ambiguous content.

import { describe, expect, it } from 'vitest';
import { detectFormat, formatHint, sniffBinary } from './detect-format.js';
import { readBuffer } from './index.js';

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const bytes = (...xs: (number | string)[]) => new Uint8Array(xs.flatMap((x) => (typeof x === 'string' ? ascii(x) : [x])));

describe('sniffBinary', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['PNG header', bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0, 0, 0, 13, 'IHDR'), /PNG image/],
    ['JPEG header', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF'), /JPEG image/],
    ['GIF header', bytes('GIF89a', 1, 0, 1, 0), /GIF image/],
    ['PDF header "%PDF-1.4"', bytes('%PDF-1.4\n%âãÏÓ\n'), /PDF document/],
    ['bare ZIP "PK\\x03\\x04"', bytes('PK', 3, 4, 20, 0, 0, 0, 'a.txt'), /ZIP archive/],
    ['DOCX (ZIP with word/ members)', bytes('PK', 3, 4, 20, 0, 0, 0, '[Content_Types].xml', 'PK', 3, 4, 'word/document.xml'), /Word document/],
    ['XLSX (ZIP with xl/ members)', bytes('PK', 3, 4, 20, 0, 0, 0, 'xl/workbook.xml'), /Excel workbook/],
    ['gzip', bytes(0x1f, 0x8b, 8, 0, 0, 0, 0, 0), /gzip/],
    ['old Word .doc (OLE)', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), /Microsoft Office/],
    ['SQLite database', bytes('SQLite format 3', 0, 16, 0), /SQLite/],
    ['WebP (RIFF…WEBP)', bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '), /WebP/],
    ['MP4 (ftyp at offset 4)', bytes(0, 0, 0, 0x18, 'ftypmp42'), /MP4/],
    ['NUL bytes in otherwise plain bytes', bytes('hello', 0, 'world', 0, 'again', 0, 0, 0, 'x', 1, 2, 3), /NUL bytes/],
    ['mostly control characters without NULs', bytes(...Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 8)))), /control characters/],
  ];
  it.each(cases)('refuses %s', (_label, input, what) => {
    expect(sniffBinary(input)).toMatch(what);
  });

  it.each([
    ['prose starting "ID3 tags"', bytes('ID3 tags are metadata in MP3 files.')],
    ['prose starting "RIFF"', bytes('RIFFS between Labour and the unions widened.')],
    ['ANSI colour escapes in saved terminal output', bytes(0x1b, '[1mBold', 0x1b, '[0m headline\n')],
    ['UTF-16 LE text (NULs expected)', new Uint8Array(Buffer.from('Plain words in UTF-16.', 'utf16le'))],
  ])('accepts %s as text', (_label, input) => {
    expect(sniffBinary(input)).toBeNull();
  });

  it('names the file and says what Dossier reads', () => {
    const [item] = readBuffer(bytes('%PDF-1.4\n'), 'x.pdf', {});
    if (!item || !('error' in item)) throw new Error('expected an error');
    expect(item.error.code).toBe('binary');
    expect(item.error.message).toBe('ingest: "x.pdf" is a PDF document, not a text/HTML/JSON/feed file; Dossier reads text, HTML, JSON(L) and RSS/Atom');
    expect(item.error.hint).toContain('pdftotext');
  });
});

describe('detectFormat', () => {
  const fmt = (text: string, name: string | null = null, mime: string | null = null) => {
    const d = detectFormat(text, formatHint(name, mime));
    return 'format' in d ? d.format : d.problem;
  };
  const cases: [string, string, string | null, string][] = [
    ['HTML document named .txt', '<!DOCTYPE html>\n<html><body><p>x</p></body></html>', 'page.txt', 'html'],
    ['XHTML with an XML declaration', '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"></html>', null, 'html'],
    ['HTML saved with HTTP headers (curl -i)', 'HTTP/1.1 200 OK\nContent-Type: text/html\n\n<!doctype html><html><p>x</p></html>', null, 'html'],
    ['HTML fragment without <html>', '<div class="story"><p>One.</p></div>', null, 'html'],
    ['prose with three closing paragraph tags', 'Starmer spoke.</p>\n<p>Xi listened.</p>\n<p>Trade.</p>', null, 'html'],
    ['RSS 2.0 after a comment', '<?xml version="1.0"?>\n<!-- generated --><rss version="2.0"><channel/></rss>', 'feed', 'rss'],
    ['RSS 1.0 (RDF)', '<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"><channel/></rdf:RDF>', null, 'rss'],
    ['Atom named .data', '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', 'x.data', 'atom'],
    ['JSON object named .data', '{"text": "hello"}', 'x.data', 'json'],
    ['JSON array', '[{"text": "a"}, {"text": "b"}]', null, 'json'],
    ['JSON lines', '{"text": "a"}\n{"text": "b"}\n', 'x.txt', 'jsonl'],
    ['one JSON line in a .jsonl file', '{"text": "a"}\n', 'x.jsonl', 'jsonl'],
    ['JSON lines whose second line is broken', '{"text": "a"}\n{"text": \n', null, 'jsonl'],
    ['JSON lines whose first line is broken', '{"text": \n{"text": "b"}\n', null, 'jsonl'],
    ['a pretty-printed object with an error', '{\n  "text": "a",\n  "x": }\n', null, 'bad-json'],
    ['prose starting with "[Updated]"', '[Updated] Starmer lands in Beijing.\nMore follows.', 'x.txt', 'text'],
    ['prose in a .json file', 'Starmer lands in Beijing.', 'x.json', 'text'],
    ['broken JSON that looks like JSON', '{"text": "unterminated', 'x.txt', 'bad-json'],
    ['XML that is not a feed', '<?xml version="1.0"?><catalog><book/></catalog>', 'x.xml', 'xml-not-feed'],
    ['prose mentioning one <p> tag, named .html', 'Use the </p> tag to end a paragraph.', 'x.html', 'html'],
    ['the same prose named .txt', 'Use the </p> tag to end a paragraph.', 'x.txt', 'text'],
    ['Markdown', '# Title\n\n## Sub\n\nBody text.', 'x.md', 'text'],
  ];
  it.each(cases.map(([label, text, name, expected]) => [label, expected, text, name] as const))('reads %s as %s', (_label, expected, text, name) => {
    expect(fmt(text, name)).toBe(expected);
  });

  it('uses a MIME type hint like an extension', () => {
    expect(fmt('Use the </p> tag.', null, 'text/html; charset=utf-8')).toBe('html');
    expect(fmt('{"text":"a"}', null, 'application/x-ndjson')).toBe('jsonl');
  });

  it('reports broken JSON with the line of the error', () => {
    const [item] = readBuffer(new TextEncoder().encode('{\n  "text": "a",\n  "title": }\n'), 'broken.json', {});
    if (!item || !('error' in item)) throw new Error('expected an error');
    expect(item.error.code).toBe('bad-json');
    expect(item.error.message).toMatch(/^ingest: "broken\.json" is not valid JSON: line 3: /);
  });

  it('reports XML that is not a feed as bad-feed naming its root element', () => {
    const [item] = readBuffer(new TextEncoder().encode('<?xml version="1.0"?><catalog/>'), 'c.xml', {});
    expect(item && 'error' in item && [item.error.code, item.error.message]).toEqual(['bad-feed', 'ingest: "c.xml" is XML with root element <catalog>, not an RSS or Atom feed']);
  });
});
