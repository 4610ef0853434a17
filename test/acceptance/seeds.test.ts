// Acceptance on the five real scraped seeds in ../shared/seeds (read from there, never copied):
// `dossier analyze ../shared/seeds --format json` must print a contract-valid dossier in which the
// junk is gone and listed with reasons, every story sentence is kept, dates, datelines and outlets found.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dossier, DossierArticle } from '../../src/core/dossier.js';
import { validateDossier } from '../../src/services/validate-dossier.js';
import { runCli } from '../support/run-cli.js';

const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');
const present = existsSync(SEEDS);
if (!present) console.warn(`skipping the seed acceptance tests: ${SEEDS} is absent`);

/** Lines of a seed that are page junk or metadata, by pattern (the seeds' own text stays in ../shared). */
const JUNK = [/^\+ ↺ − 16 px$/, /^Stay informed with free/, /^Simply sign up to .* myFT Digest/, /^Read the full article here$/, /^News\.Az$/];

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!present)('seeds: dossier analyze ../shared/seeds', () => {
  let dossier: Dossier;
  const byPrefix = (p: string): DossierArticle => {
    const a = dossier.articles.find((x) => x.file?.includes(`/${p}_`));
    if (!a) throw new Error(`no article from seed ${p}`);
    return a;
  };

  beforeAll(async () => {
    const r = await runCli(['analyze', SEEDS, '--format', 'json']);
    expect(r.stderr).toContain('ingested 5, duplicates 0, failed 0');
    expect(r.code).toBe(0);
    dossier = JSON.parse(r.stdout) as Dossier;
  });

  it('prints a contract-valid dossier of five articles', () => {
    expect(validateDossier(dossier)).toEqual([]);
    expect(dossier.articles).toHaveLength(5);
  });

  it('finds the two publication dates in the text, and dates the other three only by inference from their story', () => {
    expect([byPrefix('002').published, byPrefix('002').publishedFrom]).toEqual(['2026-01-29', 'text']);
    expect([byPrefix('004').published, byPrefix('004').publishedFrom]).toEqual(['2024-10-18', 'text']);
    for (const p of ['000', '001', '003']) {
      expect(byPrefix(p).publishedFrom).toBe('inferred');
      expect(byPrefix(p).publishedInference?.why).toMatch(/^Inferred 2026-01-2[89]/);
    }
  });

  it('finds the datelines and keeps their sentences', () => {
    expect(byPrefix('000').dateline).toBe('Beijing');
    expect(byPrefix('000').sentences[0]).toMatch(/^British Prime Minister/);
    expect(byPrefix('004').dateline).toBe('BEIJING/LONDON');
    expect(byPrefix('004').sentences[0]).toMatch(/^China and Britain took/);
    for (const p of ['001', '002', '003']) expect(byPrefix(p).dateline).toBeNull();
  });

  it('finds the outlets the text names: a sign-off line and a newsletter promo', () => {
    expect([byPrefix('002').outlet, byPrefix('002').outletFrom]).toEqual(['News.Az', 'text']);
    expect([byPrefix('003').outlet, byPrefix('003').outletFrom]).toEqual(['Financial Times', 'text']);
  });

  it('invents no headline', () => {
    for (const a of dossier.articles) expect(a.title).toBeNull();
  });

  it('removes the page junk and lists each piece with a reason', () => {
    const removed = dossier.articles.flatMap((a) => a.removed);
    for (const pattern of JUNK) {
      const hit = removed.find((r) => pattern.test(norm(r.text)));
      expect(hit, `removed: ${pattern}`).toBeDefined();
      expect(hit?.reason).toMatch(/^\w[\w -]*: ./);
    }
    for (const a of dossier.articles) {
      for (const pattern of JUNK) {
        for (const para of a.text.split('\n\n')) expect(pattern.test(norm(para)), `${a.file}: ${para}`).toBe(false);
      }
    }
  });

  it('keeps every sentence of every story', () => {
    for (const name of readdirSync(SEEDS)) {
      const article = dossier.articles.find((a) => a.file?.endsWith(name));
      expect(article, name).toBeDefined();
      const text = norm(article!.text);
      const lines = readFileSync(join(SEEDS, name), 'utf8').split('\n').map(norm).filter(Boolean);
      for (const line of lines) {
        // The metadata/widget prefix of a first line, and a dateline, are moved to metadata.
        const story = line
          .replace(/^date \d{4}-\d{2}-\d{2}\s*/, '')
          .replace(/^\+ ↺ − 16 px$/, '')
          .replace(/^(BEIJING\/LONDON —|Beijing:)\s*/, '');
        if (!story || JUNK.some((p) => p.test(story))) continue;
        // A run-in sub-heading ("Reset ties: After …") may become a heading of its own paragraph.
        const runIn = /^([^:]{2,40}): (.+)$/.exec(story);
        if (runIn?.[1] && article!.headings.some((h) => h.text === runIn[1])) {
          expect(text, `${name}: ${story.slice(0, 70)}`).toContain(`${runIn[1]} ${runIn[2]}`);
          continue;
        }
        expect(text, `${name}: ${story.slice(0, 70)}`).toContain(story);
      }
    }
  });
});
