// Plain text and Markdown: the body as written; titles only where Markdown marks them; sub-headings
// as their own lines; dates from file names like 2026-01-29-starmer-visit.txt.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBuffer, type ReadItem } from './index.js';

const read = (text: string, name = 'story.txt') => readBuffer(new TextEncoder().encode(text), name, {})[0];
const draft = (item: ReadItem | undefined) => {
  if (!item || !('draft' in item)) throw new Error(`expected a draft, got ${JSON.stringify(item)}`);
  return item.draft;
};

describe('readText', () => {
  it('keeps a plain-text first line in the body and sets no title (the cleaner decides)', () => {
    const d = draft(read('Strand visits Port Elan\n\nAnneli Strand met Teodor Halloran on Tuesday.\n'));
    expect(d.title).toBeNull();
    expect(d.body).toBe('Strand visits Port Elan\n\nAnneli Strand met Teodor Halloran on Tuesday.');
    expect(d.format).toBe('text');
  });

  it('takes a leading Markdown "# Title" as the title and records its removal', () => {
    const d = draft(read('# Strand visits Port Elan\n\nAnneli Strand met Teodor Halloran.\n\n## Trade deals\n\nBoth sides signed.', 'story.md'));
    expect(d.title).toEqual({ value: 'Strand visits Port Elan', from: 'text' });
    expect(d.body).toBe('Anneli Strand met Teodor Halloran.\n\nTrade deals\n\nBoth sides signed.');
    expect(d.headings).toEqual(['Trade deals']);
    expect(d.removed).toEqual([{ text: '# Strand visits Port Elan', reason: 'metadata: title' }]);
  });

  it('reads a setext title ("Title\\n=====") in a .md file', () => {
    const d = draft(read('Strand visits Port Elan\n======================\n\nBody.', 'x.md'));
    expect([d.title?.value, d.body]).toEqual(['Strand visits Port Elan', 'Body.']);
  });

  it('reads YAML front matter: title, date, outlet, url, author', () => {
    const text = '---\ntitle: "Starmer in China"\ndate: 2026-01-29\nsource: News.Az\nurl: https://news.az/1\nauthor: Staff\n---\nBody text here.\n';
    const d = draft(read(text, 'x.md'));
    expect([d.title, d.published, d.outlet, d.url, d.author, d.body]).toEqual([
      { value: 'Starmer in China', from: 'text' }, { value: '2026-01-29', from: 'text' },
      { value: 'News.Az', from: 'text' }, 'https://news.az/1', 'Staff', 'Body text here.',
    ]);
    expect(d.removed[0]?.reason).toBe('metadata: front matter');
  });

  it('reduces Markdown links to their words and drops images', () => {
    const d = draft(read('Starmer met [Xi Jinping](https://en.wikipedia.org/wiki/Xi_(leader)) ![photo](x.jpg)in **Beijing**.', 'x.md'));
    expect(d.body).toBe('Starmer met Xi Jinping in Beijing.');
  });

  it('leaves "#Brexit" hashtags and plain-text brackets alone', () => {
    const d = draft(read('#Brexit talks resumed [Updated].\nMore text.'));
    expect([d.title, d.headings, d.body]).toEqual([null, [], '#Brexit talks resumed [Updated].\nMore text.']);
  });

  const names: [string, string, string | null][] = [
    ['ISO date prefix', '2026-01-29-starmer-visit.txt', '2026-01-29'],
    ['compact date prefix', '20260129_x.txt', '2026-01-29'],
    ['dotted date suffix', 'notes_2026.01.29.md', '2026-01-29'],
    ['a date inside a folder name is ignored', 'archive-2026-01-29/story.txt', null],
    ['digits inside a hex hash', '002_56c09f2fbedf40b3.txt', null],
    ['eight digits glued to letters', 'a20190312b.txt', null],
    ['an impossible day', '2026-02-30-x.txt', null],
  ];
  it.each(names)('file-name date: %s (%s → %s)', (_label, name, expected) => {
    const d = draft(read('Body.', name));
    expect(d.published).toEqual(expected ? { value: expected, from: 'filename' } : null);
  });

  it('reports a file with only front matter as empty', () => {
    const item = read('---\ntitle: T\n---\n', 'x.md');
    expect(item && 'error' in item && item.error.code).toBe('empty');
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');
if (!existsSync(seeds)) console.log(`read-text.test: ${seeds} not found; skipping the seed articles`);
describe.skipIf(!existsSync(seeds))('readText on the seed articles', () => {
  it('reads every seed as one UTF-8 text draft whose body is the file text', () => {
    for (const name of readdirSync(seeds)) {
      const bytes = readFileSync(path.join(seeds, name));
      const [item] = readBuffer(bytes, name, {});
      const d = draft(item);
      expect([name, d.format, item && 'draft' in item ? item.encoding : null]).toEqual([name, 'text', 'utf-8']);
      expect(d.body.replace(/\s+/g, ' ').trim()).toBe(bytes.toString('utf8').replace(/\s+/g, ' ').trim());
    }
  });
});
