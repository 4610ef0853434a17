// Acceptance on the five real seed articles in ../shared/seeds (not copied into the repo): metadata,
// removals, and that every sentence of each story survives cleaning.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDraft } from '../../test/support/make-draft.js';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../core/types.js';
import { cleanDraft, gatherBoilerplateEvidence, type CleanedArticle } from './index.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const seedDir = path.resolve(repoRoot, '../shared/seeds');
const present = existsSync(seedDir);
if (!present) console.warn(`clean seeds: ${seedDir} is absent; seed acceptance tests skipped`);

const draftOf = (body: string, file: string): ArticleDraft => makeDraft(body, { file });

function clean(prefix: string): { raw: string; result: CleanedArticle } {
  const file = readdirSync(seedDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`clean seeds: no seed starting with ${prefix} in ${seedDir}`);
  const raw = readFileSync(path.join(seedDir, file), 'utf8');
  return { raw, result: cleanDraft(draftOf(raw, file)) };
}

// Naive split, good enough for a survival check: a full stop/?/! (maybe inside a closing quote)
// followed by a space and a capital or an opening quote.
const sentencesOf = (line: string): string[] => line.split(/(?<=[.!?][”"’]?)\s+(?=[\p{Lu}“"])/u);

/** Every sentence of every line not listed as removed is in the text (or split off a heading). */
function expectStorySurvives(raw: string, result: CleanedArticle): void {
  const removedWhole = new Set(result.removed.map((r) => r.text));
  const prefixes = result.removed.map((r) => r.text);
  for (const rawLine of raw.split('\n')) {
    let line = rawLine.trim();
    if (line === '' || removedWhole.has(line)) continue;
    // Strip removed prefixes (metadata, widget, dateline) in the order they stand in the line.
    for (const p of prefixes) if (line.startsWith(p)) line = line.slice(p.length).trim();
    for (const sentence of sentencesOf(line)) {
      const heading = result.headings.find((h) => sentence.startsWith(`${h.text}: `));
      const expected = heading ? sentence.slice(heading.text.length + 2) : sentence;
      expect(result.text, `sentence lost: ${expected}`).toContain(expected);
    }
  }
}

describe.skipIf(!present)('cleaning the seed articles', () => {
  it('002: reads "date 2026-01-29", removes the "+ ↺ − 16 px" widget and the "News.Az" sign-off', () => {
    const { raw, result } = clean('002');
    expect(result.published).toEqual({ value: '2026-01-29', from: 'text' });
    expect(result.outlet).toEqual({ value: 'News.Az', from: 'text' });
    expect(result.removed).toEqual([
      { text: 'date 2026-01-29', reason: 'metadata: publication date' },
      { text: '+ ↺ − 16 px', reason: 'boilerplate: font-size widget' },
      { text: 'News.Az', reason: 'boilerplate: outlet sign-off' },
    ]);
    expect(result.text).toMatch(/^UK Prime Minister Keir/);
    expect(result.text).toContain('News.Az reports');
    expect(result.text).toMatch(/Sanae Takaichi\.$/);
    expectStorySurvives(raw, result);
  });

  it('004: reads the date and the "BEIJING/LONDON —" dateline off the first line and keeps its sentence', () => {
    const { raw, result } = clean('004');
    expect(result.published).toEqual({ value: '2024-10-18', from: 'text' });
    expect(result.dateline).toBe('BEIJING/LONDON');
    expect(result.removed).toEqual([
      { text: 'date 2024-10-18', reason: 'metadata: publication date' },
      { text: 'BEIJING/LONDON —', reason: 'metadata: dateline' },
    ]);
    expect(result.text).toMatch(/^China and Britain took /);
    expectStorySurvives(raw, result);
  });

  it('000: reads the "Beijing:" dateline, keeps the sentence, and leaves mid-article colons alone', () => {
    const { raw, result } = clean('000');
    expect(result.dateline).toBe('Beijing');
    expect(result.removed).toEqual([{ text: 'Beijing:', reason: 'metadata: dateline' }]);
    expect(result.text).toMatch(/^British Prime Minister /);
    expect(result.published).toBeNull();
    expect(result.outlet).toBeNull();
    expectStorySurvives(raw, result);
  });

  it('003: removes the myFT promos and "Read the full article here", names the Financial Times', () => {
    const { raw, result } = clean('003');
    expect(result.outlet).toEqual({ value: 'Financial Times', from: 'text' });
    expect(result.removed).toEqual([
      { text: 'Stay informed with free updates', reason: 'boilerplate: newsletter promo' },
      {
        text: expect.stringMatching(
          /^Simply sign up to .* myFT Digest/,
        ),
        reason: 'boilerplate: newsletter promo',
      },
      { text: 'Read the full article here', reason: 'boilerplate: call to action' },
    ]);
    expect(result.text).toContain('Starmer added: “We');
    expect(result.dateline).toBeNull();
    expectStorySurvives(raw, result);
  });

  it('001: removes nothing, keeps "Jimmy Lai" and the run-in "Reset ties" as headings', () => {
    const { raw, result } = clean('001');
    expect(result.removed).toEqual([]);
    expect(result.headings.map((h) => h.text)).toEqual(['Reset ties', 'Jimmy Lai']);
    for (const h of result.headings) expect(result.text.slice(h.start, h.end)).toBe(h.text);
    expect(result.text).toContain('\n\nJimmy Lai\n\nJimmy Lai, a 78');
    expect(result.text).toContain('\n\nReset ties\n\nAfter Beijing');
    expect(result.text).toMatch(/in Ukraine\.$/);
    expect(result.dateline).toBeNull();
    expectStorySurvives(raw, result);
  });

  it('finds no headline in any seed: a first sentence is never promoted to a title', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      expect(clean(prefix).result.title, prefix).toBeNull();
    }
  });

  it('removes nothing more when all five seeds are one corpus group (no false boilerplate)', () => {
    const files = readdirSync(seedDir).filter((f) => /^00[0-4]_/.test(f)).sort();
    const drafts = files.map((f) => ({ ...draftOf(readFileSync(path.join(seedDir, f), 'utf8'), f), group: 'seeds' }));
    const evidence = gatherBoilerplateEvidence(drafts);
    for (const d of drafts) {
      expect(cleanDraft(d, evidence).removed, d.file ?? '').toEqual(cleanDraft(d).removed);
    }
  });

  it('detects English in every seed and writes paragraphs separated by one blank line', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { result } = clean(prefix);
      expect(result.language, prefix).toEqual({ value: 'en', from: 'detected' });
      expect(result.text, prefix).not.toMatch(/\n{3,}|^\s|\s$|[ \t]\n/);
    }
  });
});
