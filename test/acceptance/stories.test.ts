// Acceptance for the stories stage: on ../shared/seeds the four 2026 reports form one story and the
// 2024 report its own, linked as related with a reason, and `dossier explain` says why for each; on the
// sample corpus the three planted events are three stories (the two ferry visits, 15 months apart, kept
// apart) and the wire copy is marked as a near-duplicate of the wire original.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/core/dossier.js';
import { validateDossier } from '../../src/services/validate-dossier.js';
import { runCli } from '../support/run-cli.js';

const SEEDS = resolve(import.meta.dirname, '../../../shared/seeds');
const seedsPresent = existsSync(SEEDS);
if (!seedsPresent) console.warn(`skipping the seed stories acceptance tests: ${SEEDS} is absent`);

const dirs: string[] = [];
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-stories-'));
  dirs.push(dir);
  return join(dir, 'dossier.db');
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function analyze(path: string, db: string): Promise<Dossier> {
  const r = await runCli(['analyze', path, '--format', 'json', '--db', db]);
  expect(r.code).toBe(0);
  const dossier = JSON.parse(r.stdout) as Dossier;
  expect(validateDossier(dossier)).toEqual([]);
  return dossier;
}

describe.skipIf(!seedsPresent)('stories on ../shared/seeds', () => {
  let dossier: Dossier;
  let db: string;
  const storyOfSeed = (prefix: string): string => {
    const a = dossier.articles.find((x) => x.file?.includes(`/${prefix}_`));
    if (!a) throw new Error(`no article from seed ${prefix}`);
    return a.storyId;
  };

  beforeAll(async () => {
    db = tempDb();
    dossier = await analyze(SEEDS, db);
  });

  it('puts the four reports of the 2026 visit in one story', () => {
    const ids = ['000', '001', '002', '003'].map(storyOfSeed);
    expect(new Set(ids).size).toBe(1);
  });

  it('keeps the 2024 visit by another minister as its own story, related to the 2026 one with a reason', () => {
    const visit2026 = storyOfSeed('000');
    const visit2024 = storyOfSeed('004');
    expect(visit2024).not.toBe(visit2026);
    expect(dossier.stories).toHaveLength(2);
    const link = dossier.stories.find((s) => s.id === visit2024)?.related.find((r) => r.storyId === visit2026);
    expect(link?.why).toMatch(/Same topic .* but a different event/);
    expect(dossier.stories.find((s) => s.id === visit2026)?.related.map((r) => r.storyId)).toContain(visit2024);
  });

  it('explains every assignment with the decision, the scores and what was shared', async () => {
    for (const a of dossier.articles) {
      const r = await runCli(['explain', a.id, '--db', db]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(a.storyId);
      expect(r.stdout).toMatch(/opened|joined/);
      expect(r.stdout).toMatch(/score/i);
    }
  });
});

interface Expected {
  articles: Record<string, { event: string }>;
}

describe('stories on the sample corpus', () => {
  const CORPUS = new URL('../../examples/corpus/', import.meta.url).pathname;
  const expected = JSON.parse(readFileSync(new URL('../../examples/expected.json', import.meta.url), 'utf8')) as Expected;
  let dossier: Dossier;
  const articleFor = (key: string) => {
    const found = dossier.articles.find((a) => a.sources.includes(CORPUS + key));
    if (!found) throw new Error(`no article read from ${key}`);
    return found;
  };

  beforeAll(async () => {
    dossier = await analyze(CORPUS, tempDb());
  });

  it('makes one story per planted event: the 2026 ferry deal, the 2024 visit and the storm', () => {
    const storiesOfEvent = new Map<string, Set<string>>();
    for (const [key, { event }] of Object.entries(expected.articles)) {
      storiesOfEvent.set(event, (storiesOfEvent.get(event) ?? new Set()).add(articleFor(key).storyId));
    }
    for (const [event, stories] of storiesOfEvent) expect([event, stories.size]).toEqual([event, 1]);
    const distinct = new Set([...storiesOfEvent.values()].map((s) => [...s][0]));
    expect(distinct.size).toBe(3);
    expect(dossier.stories).toHaveLength(3);
  });

  it('links the two visits as related stories, with the date gap in the reason', () => {
    const a = articleFor('json/meridian-wire.jsonl#1').storyId;
    const b = articleFor('json/meridian-wire.jsonl#3').storyId;
    const link = dossier.stories.find((s) => s.id === b)?.related.find((r) => r.storyId === a);
    expect(link?.why).toMatch(/months apart/);
  });

  it('marks the Valeport Post wire copy as a near-duplicate of the Meridian Wire original', () => {
    const original = articleFor('json/meridian-wire.jsonl#1');
    const copy = articleFor('html/valeport-post-ferry-deal.html');
    expect(copy.duplicateOf?.articleId).toBe(original.id);
    expect(original.duplicateOf).toBeNull();
    const story = dossier.stories.find((s) => s.id === copy.storyId);
    expect(story?.duplicates).toEqual([expect.objectContaining({ articleId: copy.id, canonicalId: original.id })]);
    // No other article of the corpus is a copy.
    expect(dossier.articles.filter((a) => a.duplicateOf).map((a) => a.id)).toEqual([copy.id]);
  });
});
