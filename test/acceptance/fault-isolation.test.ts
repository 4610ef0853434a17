// One defect never takes down more than its own article or story. The defects are planted: the quote
// ledger throws on any story that mentions "Quillwort", entity finding throws on any article that mentions
// "Brambleford", and the HTML reader throws on any page that mentions "Thistlegate". Everything else runs
// for real, through the CLI, the services and the server as a user meets them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Dossier } from '../../src/core/dossier.js';
import { createServer } from '../../src/server/app.js';
import { ingestPaths } from '../../src/services/ingest-batch.js';
import { clusterNewArticles } from '../../src/services/stories.js';
import { validateDossier } from '../../src/services/validate-dossier.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../support/run-cli.js';

vi.mock('../../src/crosscheck/quote-ledger.js', async (load) => {
  const real = await load<typeof import('../../src/crosscheck/quote-ledger.js')>();
  return {
    ...real,
    buildQuoteLedger: (members: Parameters<typeof real.buildQuoteLedger>[0]) => {
      if (members.some((m) => m.article.text.includes('Quillwort'))) throw new RangeError('Maximum call stack size exceeded');
      return real.buildQuoteLedger(members);
    },
  };
});

vi.mock('../../src/understand/entities/index.js', async (load) => {
  const real = await load<typeof import('../../src/understand/entities/index.js')>();
  return {
    ...real,
    findEntities: (input: Parameters<typeof real.findEntities>[0]) => {
      if (input.text.includes('Brambleford')) throw new TypeError("Cannot read properties of undefined (reading 'start')");
      return real.findEntities(input);
    },
  };
});

vi.mock('../../src/ingest/read-html.js', async (load) => {
  const real = await load<typeof import('../../src/ingest/read-html.js')>();
  return {
    ...real,
    readHtml: (html: string, src: Parameters<typeof real.readHtml>[1]) => {
      if (html.includes('Thistlegate')) throw new Error('too much recursion');
      return real.readHtml(html, src);
    },
  };
});

const work = mkdtempSync(join(tmpdir(), 'dossier-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Item {
  title: string;
  source: string;
  published: string;
  text: string;
}

/** Two outlets on a harbour strike (the healthy story) and two on a herb fair (the poisoned one), as JSONL. */
const CORPUS: Item[] = [
  { title: 'Harbour pilots end strike in Port Elan', source: 'The Harbour Ledger', published: '2026-03-04',
    text: 'Harbour pilots in Port Elan ended a two-day strike on Tuesday after the harbour authority agreed to hire six more pilots. "We got what we asked for," said Ines Varga, the pilots\' spokeswoman.' },
  { title: 'Port Elan pilots return to work', source: 'Coastline Daily', published: '2026-03-04',
    text: "Port Elan's harbour pilots returned to work on Tuesday, ending a two-day strike, after the harbour authority agreed to hire six more pilots." },
  { title: 'Quillwort fair opens in Lindor', source: 'The Harbour Ledger', published: '2026-05-10',
    text: 'The Lindor herb fair opened on Saturday with a record 300 stalls of Quillwort and thyme. "It is the biggest fair we have had," said organiser Mara Holt.' },
  { title: 'Lindor herb fair draws crowds', source: 'Coastline Daily', published: '2026-05-11',
    text: 'The Lindor herb fair opened on Saturday with 300 stalls, most of them selling Quillwort, organisers said.' },
];

function writeCorpus(dir: string, extra: Item[] = [], files: Record<string, string> = {}): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'articles.jsonl'), [...CORPUS, ...extra].map((i) => JSON.stringify(i)).join('\n') + '\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('dossier analyze with one story whose cross-check fails', () => {
  const corpus = writeCorpus(join(work, 'analyze'));

  it('writes the dossier of every story, the failed one with its error and no invented analysis, and exits 0', async () => {
    const out = join(work, 'analyze.json');
    const r = await runCli(['analyze', corpus, '--db', join(work, 'analyze.db'), '--format', 'json', '--out', out]);
    expect(r.code).toBe(0);
    const failedLines = r.stderr.split('\n').filter((l) => l.startsWith('failed     story'));
    expect(failedLines).toHaveLength(1);
    expect(failedLines[0]).toMatch(/\(2 articles, “Quillwort fair opens in Lindor”\): quote-ledger: Maximum call stack size exceeded/);
    expect(r.stderr).toMatch(/wrote the dossier \(4 articles, 2 stories, 1 failed\)/);

    const dossier = JSON.parse(readFileSync(out, 'utf8')) as Dossier;
    expect(validateDossier(dossier)).toEqual([]);
    const failed = dossier.stories.find((s) => s.error)!;
    expect(failed.error).toEqual({ stage: 'quote-ledger', message: 'Maximum call stack size exceeded' });
    expect(failed.articleIds).toHaveLength(2);
    expect([failed.claims, failed.quotes, failed.timeline, failed.summary]).toEqual([[], [], [], []]);
    expect(failed.title).toBe('Quillwort fair opens in Lindor');
    const healthy = dossier.stories.find((s) => !s.error)!;
    expect(healthy.articleIds).toHaveLength(2);
    expect(healthy.claims.length).toBeGreaterThan(0);
    expect(healthy.quotes.length).toBeGreaterThan(0);
    expect(healthy.summary.length).toBeGreaterThan(0);
    // The failed story's articles are still in the dossier, whole.
    expect(dossier.articles.filter((a) => failed.articleIds.includes(a.id)).every((a) => a.sentences.length > 0)).toBe(true);
  });

  it('exits 1 with --strict', async () => {
    const r = await runCli(['analyze', corpus, '--db', join(work, 'strict.db'), '--format', 'md', '--strict']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\*\*Analysis failed:\*\* The analysis of this story failed at the quote-ledger stage/);
  });
});

describe('ingest with one article whose entity finding fails and one page whose reader fails', () => {
  const corpus = writeCorpus(join(work, 'ingest'), [
    { title: 'Brambleford bridge reopens', source: 'Radio Kestrel', published: '2026-03-05', text: 'The Brambleford bridge reopened on Wednesday after repairs.' },
  ], {
    'gate.html': '<html><head><title>Thistlegate</title></head><body><article><p>Thistlegate market reopens on Friday after a fire.</p></article></body></html>',
  });

  it('stores every other article, names the failed article, its id and the stage, and clusters the rest', async () => {
    const store = openStore(':memory:');
    const report = await ingestPaths(store, [corpus], { maxBytes: 1_000_000 });
    expect([report.ingested, report.failed]).toEqual([4, 2]);
    const annotate = report.outcomes.find((o) => o.input.endsWith('articles.jsonl#5'))!;
    expect(annotate).toMatchObject({ status: 'failed', code: 'internal', stage: 'entities' });
    expect(annotate.status === 'failed' && annotate.articleId).toMatch(/^[0-9a-f]{16}$/);
    expect(annotate.status === 'failed' && annotate.message).toMatch(/articles\.jsonl#5" \(article [0-9a-f]{16}\) failed at entities: Cannot read properties/);
    const read = report.outcomes.find((o) => o.input.endsWith('gate.html'))!;
    expect(read).toMatchObject({ status: 'failed', code: 'internal', stage: 'read' });
    expect(read.status === 'failed' && read.message).toMatch(/gate\.html": the html reader failed: too much recursion/);
    const stories = await clusterNewArticles(store);
    expect(stories.assigned).toBe(4);
    await store.close();
  });

  it('dossier ingest prints the failures and exits 0, or 1 with --strict', async () => {
    const db = join(work, 'ingest.db');
    const r = await runCli(['ingest', corpus, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/failed {5}.*articles\.jsonl#5.*failed at entities/);
    expect(r.stderr).toMatch(/ingested 4, duplicates 0, failed 2/);
    const strict = await runCli(['ingest', corpus, '--db', join(work, 'ingest-strict.db'), '--strict']);
    expect(strict.code).toBe(1);
  });
});

describe('the web UI and API on a store with one failing story', () => {
  it('shows the failed story with its error instead of a 500, and every other story whole', async () => {
    const store = openStore(':memory:');
    await ingestPaths(store, [writeCorpus(join(work, 'server'))], { maxBytes: 1_000_000 });
    await clusterNewArticles(store);
    const { app } = await createServer({ store, host: '127.0.0.1', token: null, maxBytes: 1_000_000 });
    try {
      const list = (await app.inject({ method: 'GET', url: '/api/stories' })).json() as { stories: { id: string; title: string }[] };
      expect(list.stories).toHaveLength(2);
      for (const s of list.stories) {
        const page = await app.inject({ method: 'GET', url: `/stories/${s.id}` });
        expect(page.statusCode).toBe(200);
        const api = await app.inject({ method: 'GET', url: `/api/stories/${s.id}` });
        expect(api.statusCode).toBe(200);
        const story = (api.json() as { story: { title: string; error?: { stage: string } } }).story;
        if (story.title.includes('Quillwort')) {
          expect(page.body).toMatch(/class="notice notice-error" role="alert">The analysis of this story failed at the quote-ledger stage/);
          expect(story.error?.stage).toBe('quote-ledger');
        } else {
          expect(page.body).not.toMatch(/notice-error/);
          expect(story.error).toBeUndefined();
        }
      }
    } finally {
      await app.close();
      await store.close();
    }
  });
});
