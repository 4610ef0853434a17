// Acceptance on the project's own sample corpus (examples/corpus) against its ground truth
// (examples/expected.json): every reader is exercised, and each article's metadata and junk come
// out as the corpus author planted them.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier, DossierArticle } from '../../src/core/dossier.js';
import { validateDossier } from '../../src/services/validate-dossier.js';
import { runCli } from '../support/run-cli.js';

interface Expected {
  articles: Record<string, {
    format: string;
    outlet: string | null;
    outletFrom: string | null;
    published: string | null;
    publishedFrom: string | null;
    /** For an undated article: the days its story allows (the cross-check infers one of them). */
    inferableDate?: { earliest: string; latest: string };
    dateline: string | null;
    title: string | null;
    language: string;
    sourceId?: string | null;
    headings?: string[];
    junk: string[];
  }>;
}

const CORPUS = new URL('../../examples/corpus/', import.meta.url).pathname;
const expected = JSON.parse(readFileSync(new URL('../../examples/expected.json', import.meta.url), 'utf8')) as Expected;
const entries = Object.entries(expected.articles);

describe('sample corpus: dossier analyze examples/corpus', () => {
  let dossier: Dossier;
  const articleFor = (key: string): DossierArticle => {
    const input = CORPUS + key;
    const found = dossier.articles.find((a) => a.sources.includes(input));
    if (!found) throw new Error(`no article read from ${input}`);
    return found;
  };

  beforeAll(async () => {
    const r = await runCli(['analyze', CORPUS, '--format', 'json']);
    expect(r.stderr).toContain(`ingested ${entries.length}, duplicates 0, failed 0`);
    dossier = JSON.parse(r.stdout) as Dossier;
  });

  it('is a contract-valid dossier of every article', () => {
    expect(validateDossier(dossier)).toEqual([]);
    expect(dossier.articles).toHaveLength(entries.length);
  });

  it('exercises every reader', () => {
    expect(new Set(dossier.articles.map((a) => a.format))).toEqual(new Set(['text', 'html', 'json', 'jsonl', 'rss', 'atom']));
  });

  it.each(entries)('%s: outlet, date, dateline, title and language as planted', (key, want) => {
    const a = articleFor(key);
    expect({ outlet: a.outlet, outletFrom: a.outletFrom }).toEqual({ outlet: want.outlet, outletFrom: want.outletFrom });
    if (want.published === null && want.inferableDate) {
      // Nothing in the input dates it: the date is inferred from its story, within the days the story allows.
      expect(a.publishedFrom).toBe('inferred');
      expect(a.published! >= want.inferableDate.earliest && a.published! <= want.inferableDate.latest, `${a.published}`).toBe(true);
    } else {
      expect({ published: a.published?.slice(0, 10) ?? null, publishedFrom: a.publishedFrom }).toEqual({
        published: want.published,
        publishedFrom: want.publishedFrom,
      });
    }
    expect(a.dateline).toBe(want.dateline);
    expect(a.title).toBe(want.title);
    expect(a.language).toBe(want.language);
    if (want.sourceId !== undefined) expect(a.sourceId).toBe(want.sourceId);
  });

  it.each(entries)('%s: junk removed, sub-headings kept as headings', (key, want) => {
    const a = articleFor(key);
    const paragraphs = a.text.split('\n\n').map((p) => p.trim());
    for (const junk of want.junk) {
      expect(paragraphs, `junk kept: ${junk}`).not.toContain(junk);
      if (junk.length >= 20) expect(a.text, `junk kept: ${junk}`).not.toContain(junk);
    }
    for (const heading of want.headings ?? []) {
      expect(a.headings.map((h) => h.text)).toContain(heading);
      expect(a.sentences).not.toContain(heading);
    }
  });
});
