import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierArticle, DossierStory } from '../core/dossier.js';
import { ingestBuffer, ingestPaths } from '../services/ingest-batch.js';
import { clusterNewArticles } from '../services/stories.js';
import { openStore, type Store } from '../store/index.js';
import { CONTENT_SECURITY_POLICY, createServer } from './app.js';

const CORPUS = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));
const MAX_BYTES = 200_000;

async function sampleStore(): Promise<Store> {
  const store = openStore(':memory:');
  await ingestPaths(store, [CORPUS], { maxBytes: 20 * 1024 * 1024 });
  await clusterNewArticles(store);
  return store;
}

/**
 * A loopback server over a fresh store for the enclosing describe block: opened before its tests, closed
 * after; tests call `inject` on what it returns.
 */
function serveDuringBlock(openSample: () => Promise<Store>): { inject(opts: InjectOptions | string): Promise<LightMyRequestResponse> } {
  let store: Store | null = null;
  let app: FastifyInstance | null = null;
  beforeAll(async () => {
    store = await openSample();
    ({ app } = await createServer({ store, host: '127.0.0.1', token: null, maxBytes: MAX_BYTES }));
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });
  return { inject: (opts) => app!.inject(opts) };
}

const NEW_ARTICLE = `Harbour pilots in Port Elan ended a two-day strike on Friday after the Port Elan Harbour Authority agreed to hire six more pilots.

The strike had held up eleven cargo ships, the authority said.`;

describe('the JSON API on the sample corpus', () => {
  const app = serveDuringBlock(sampleStore);

  const get = async (url: string) => {
    const r = await app.inject({ method: 'GET', url });
    return { status: r.statusCode, body: r.json() as Record<string, unknown>, headers: r.headers };
  };

  it('lists the stories with paging, each under its dossier’s title with its claim counts — built first in a store that has none stored yet', async () => {
    const page = await get('/api/stories?limit=2');
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 3, hasMore: true, limit: 2, offset: 0 });
    const stories = page.body.stories as { title: string; corroborated: number | null; conflicting: number | null }[];
    expect(stories.map((s) => [s.title, s.corroborated, s.conflicting])).toEqual([
      ['Karsland and Velsand sign €340 million deal to revive Port Elan ferry', 10, 3],
      ['Storm Ottilie kills two, cuts power to 18,000 homes in northern Velsand', 9, 0],
    ]);
    const last = await get('/api/stories?offset=2');
    expect(last.body).toMatchObject({ total: 3, hasMore: false });
    expect((last.body.stories as { title: string }[]).map((s) => s.title)).toEqual(['Karsland, Velsand to open talks on reviving Brekka ferry']);
  });

  it('answers a story with its part of the dossier contract and its articles', async () => {
    const list = (await get('/api/stories?limit=10')).body.stories as { id: string; articleCount: number }[];
    const ferry = list.find((s) => s.articleCount === 10)!;
    const { status, body } = await get(`/api/stories/${ferry.id}`);
    expect(status).toBe(200);
    const story = body.story as DossierStory;
    expect(story.id).toBe(ferry.id);
    expect(story.claims.filter((c) => c.status === 'conflicting')).toHaveLength(3);
    // Background 2019, 2024 and 2025 (every dated happening, issue 13), the visit's days, the planned resumption in April 2027.
    expect(story.timeline.map((t) => t.date)).toEqual(['2019', '2019', '2024-12', '2025', '2026-03', '2026-03', '2026-03-02', '2026-03-03', '2026-03-03', '2026-03-04', '2027-04', '2027-04', '2027-04']);
    expect((body.articles as DossierArticle[]).map((a) => a.id).sort()).toEqual([...story.articleIds].sort());
  });

  it('answers an article with clean text, removed parts, annotations and an inferred date', async () => {
    const hits = (await get('/api/search?q=Strand%20arrived%20Monday%20evening')).body.hits as { id: string }[];
    const { status, body } = await get(`/api/articles/${hits[0]!.id}`);
    expect(status).toBe(200);
    const article = body.article as DossierArticle;
    expect(article.text).toContain('Monday evening');
    expect(article.removed.map((r) => r.reason)).toEqual(['boilerplate: audio player', 'metadata: title', 'boilerplate: outlet sign-off']);
    expect([...new Set(article.annotations.entities.map((e) => e.name))]).toEqual([
      'Karsland', 'Anneli Strand', 'Port Elan', 'Brekka', 'Maren Okoro', 'Port Elan Harbour Authority', 'Velsand', 'Teodor Halloran', 'Dario Fenwick', 'Radio Kestrel', 'Halvard Yards', 'Valeport',
    ]);
    expect([article.published, article.publishedFrom]).toEqual(['2026-03-02', 'inferred']);
    const stories = (await get('/api/stories?limit=10')).body.stories as { id: string; articleCount: number }[];
    expect(body.storyId).toBe(stories.find((x) => x.articleCount === 10)!.id);
  });

  it('explains why an article is in its story', async () => {
    const hits = (await get('/api/search?q=ferry')).body.hits as { id: string }[];
    const { status, body } = await get(`/api/articles/${hits[0]!.id}/explain`);
    expect(status).toBe(200);
    const assignment = body.assignment as { articleId: string; storyId: string; explanation: { decision: string; chosen: { storyId: string; score: number }; threshold: number } };
    expect(assignment).toMatchObject({ articleId: hits[0]!.id, explanation: { decision: 'joined' } });
    // It joined because the story it joined scored above the threshold, and it is in that story.
    expect(assignment.explanation.chosen.score).toBeGreaterThanOrEqual(assignment.explanation.threshold);
    expect(((await get(`/api/stories/${assignment.storyId}`)).body.story as DossierStory).articleIds).toContain(hits[0]!.id);
  });

  it('answers unknown ids and bad parameters with {error: {code, message, hint}} and a 4xx status', async () => {
    const missing = await get('/api/stories/s-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: 'not-found', message: expect.stringContaining('s-000000000000'), hint: expect.any(String) } });
    const noQuery = await get('/api/search');
    expect(noQuery.status).toBe(400);
    expect((noQuery.body.error as { code: string }).code).toBe('bad-request');
    expect((await get('/api/stories?limit=100000')).status).toBe(400);
    expect((await get('/api/nothing-here')).status).toBe(404);
  });

  it('sends a Content-Security-Policy and no-sniff on every response', async () => {
    for (const url of ['/api/stories', '/api/openapi.json', '/api/stories/s-000000000000']) {
      const { headers } = await get(url);
      expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('publishes an OpenAPI document with the fixed routes', async () => {
    const { status, body } = await get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    const paths = Object.keys(body.paths as object);
    for (const p of ['/api/stories', '/api/stories/{id}', '/api/articles/{id}', '/api/articles', '/api/search']) expect(paths).toContain(p);
    expect(Object.keys((body.paths as Record<string, object>)['/api/articles']!)).toEqual(expect.arrayContaining(['get', 'post']));
  });
});

describe('ingest through the API', () => {
  const app = serveDuringBlock(async () => openStore(':memory:'));

  const post = (body: string | Buffer, contentType: string, url = '/api/articles') => app.inject({ method: 'POST', url, payload: body, headers: { 'content-type': contentType } });

  it('ingests a pasted text, answers its id and outcome, and places it in a story', async () => {
    const r = await post(NEW_ARTICLE, 'text/plain');
    expect(r.statusCode).toBe(201);
    const body = r.json() as { ids: string[]; outcomes: { status: string }[]; stories: { placed: number } };
    expect(body.ids).toHaveLength(1);
    expect(body.outcomes[0]!.status).toBe('ingested');
    expect(body.stories.placed).toBe(1);
    expect((await app.inject({ method: 'GET', url: `/api/articles/${body.ids[0]}` })).statusCode).toBe(200);
    const again = await post(NEW_ARTICLE, 'text/plain');
    expect(again.statusCode).toBe(200);
    expect((again.json() as { outcomes: { status: string }[] }).outcomes[0]!.status).toBe('duplicate');
  });

  it('reads JSON Lines and HTML bodies with the CLI’s readers, one outcome per record', async () => {
    const jsonl = [
      JSON.stringify({ id: 'r1', title: 'Lindor council approves tram line', text: 'The Lindor city council approved a new tram line on Thursday. Work starts in May.' }),
      JSON.stringify({ id: 'r2', title: '' }),
    ].join('\n');
    const r = await post(jsonl, 'application/x-ndjson');
    expect(r.statusCode).toBe(201);
    const body = r.json() as { outcomes: { status: string; code?: string }[] };
    expect(body.outcomes.map((o) => o.status)).toEqual(['ingested', 'failed']);
    const page = '<html><head><title>Grenmouth dredging resumes</title></head><body><article><p>Dredging of the Grenmouth channel resumed on Monday after a two-week pause, the port said.</p></article></body></html>';
    expect((await post(page, 'text/html')).statusCode).toBe(201);
  });

  it('refuses binary input with a 422 naming the reason, and bodies over the limit with a 413', async () => {
    const binary = await post(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0, 1, 2, 3]), 'application/octet-stream');
    expect(binary.statusCode).toBe(422);
    expect((binary.json() as { error: { code: string } }).error.code).toBe('binary');
    const huge = await post('x'.repeat(MAX_BYTES + 1), 'text/plain');
    expect(huge.statusCode).toBe(413);
    expect((huge.json() as { error: { code: string } }).error.code).toBe('too-large');
    const empty = await post('', 'text/plain');
    expect(empty.statusCode).toBe(400);
  });

  it('never reads a server path a client names: the name is only a label for the body', async () => {
    const r = await post('Ferry pilots met in Valeport on Monday to discuss new shifts at the harbour.', 'text/plain', '/api/articles?name=../../../../etc/passwd');
    expect(r.statusCode).toBe(201);
    const body = r.json() as { outcomes: { input: string }[]; ids: string[] };
    expect(body.outcomes[0]!.input).not.toContain('/');
    const article = (await app.inject({ method: 'GET', url: `/api/articles/${body.ids[0]}` })).json() as { article: DossierArticle };
    expect(article.article.text).toContain('Ferry pilots met in Valeport');
    expect(article.article.file).toBeNull();
  });
});

describe('write protection beyond loopback', () => {
  let store: Store;
  beforeAll(() => {
    store = openStore(':memory:');
  });
  afterAll(async () => store.close());

  it('asks for the token on writes and accepts the right one; reads stay open', async () => {
    const { app } = await createServer({ store, host: '0.0.0.0', token: 's3cret', maxBytes: MAX_BYTES });
    const write = (auth?: string) => app.inject({ method: 'POST', url: '/api/articles', payload: NEW_ARTICLE, headers: { 'content-type': 'text/plain', ...(auth ? { authorization: auth } : {}) } });
    expect((await write()).statusCode).toBe(401);
    expect(((await write('Bearer wrong')).json() as { error: { code: string } }).error.code).toBe('unauthorized');
    expect((await write('Bearer s3cret')).statusCode).toBe(201);
    expect((await app.inject({ method: 'GET', url: '/api/stories' })).statusCode).toBe(200);
    await app.close();
  });

  it('refuses every write when bound beyond loopback without a token, saying how to set one', async () => {
    const { app } = await createServer({ store, host: '0.0.0.0', token: null, maxBytes: MAX_BYTES });
    const r = await app.inject({ method: 'POST', url: '/api/stories/s-000000000000/merge', payload: { other: 's-111111111111' } });
    expect(r.statusCode).toBe(403);
    expect((r.json() as { error: { hint: string } }).error.hint).toMatch(/DOSSIER_TOKEN/);
    await app.close();
  });
});

describe('story corrections through the API', () => {
  const app = serveDuringBlock(sampleStore);

  it('splits articles off a story and merges them back, and the story pages follow', async () => {
    const stories = (await app.inject({ method: 'GET', url: '/api/stories' })).json().stories as { id: string; articleIds: string[]; articleCount: number }[];
    const storm = stories.find((s) => s.articleCount === 4 && s.articleIds.length === 4)!;
    const split = await app.inject({ method: 'POST', url: `/api/stories/${storm.id}/split`, payload: { articleIds: [storm.articleIds[0]] } });
    expect(split.statusCode).toBe(200);
    const { kept, split: created } = split.json() as { kept: { id: string; articleCount: number }; split: { id: string; articleCount: number } };
    expect([kept.articleCount, created.articleCount]).toEqual([3, 1]);
    const story = (await app.inject({ method: 'GET', url: `/api/stories/${created.id}` })).json() as { story: DossierStory };
    expect(story.story.articleIds).toEqual([storm.articleIds[0]]);
    const merged = await app.inject({ method: 'POST', url: `/api/stories/${kept.id}/merge`, payload: { other: created.id } });
    expect(merged.statusCode).toBe(200);
    expect((merged.json() as { story: { articleCount: number } }).story.articleCount).toBe(4);
  });

  it('answers a bad correction with a 400 that says why', async () => {
    const stories = (await app.inject({ method: 'GET', url: '/api/stories' })).json().stories as { id: string }[];
    const r = await app.inject({ method: 'POST', url: `/api/stories/${stories[0]!.id}/merge`, payload: { other: stories[0]!.id } });
    expect(r.statusCode).toBe(400);
    expect((r.json() as { error: { message: string } }).error.message).toMatch(/same story/);
  });
});

describe('a store another process writes to', () => {
  it('answers with what `dossier ingest` added while the server runs, not a stale list', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-api-'));
    const path = join(dir, 'dossier.db');
    const store = openStore(path);
    const { app } = await createServer({ store, host: '127.0.0.1', token: null, maxBytes: MAX_BYTES });
    const total = async () => ((await app.inject({ method: 'GET', url: '/api/stories' })).json() as { total: number; stories: unknown[] }).stories.length;
    expect(await total()).toBe(0);
    const other = openStore(path);
    await ingestBuffer(other, Buffer.from(NEW_ARTICLE), 'pilots.txt', 'text/plain');
    await clusterNewArticles(other);
    await other.close();
    expect(await total()).toBe(1);
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
