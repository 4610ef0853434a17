// `GET /api/stories` with filters, as a specification: outlet, date and status filters are applied by the
// store before paging, so every page is full and `total` counts the stories the filters match — not the
// page, not the store. On the sample corpus (three stories) plus one later report of another event.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../services/ingest-batch.js';
import { StoryService } from '../services/story-service.js';
import { openStore, type Store } from '../store/index.js';
import { createServer } from './app.js';

const CORPUS = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));
const FERRY = 'Karsland and Velsand sign €340 million deal to revive Port Elan ferry';
const STORM = 'Storm Ottilie kills two, cuts power to 18,000 homes in northern Velsand';
const TALKS = 'Karsland, Velsand to open talks on reviving Brekka ferry';
/** A report dated after every sample story, of an event with no conflict: the first story of an unfiltered list. */
const PILOTS = JSON.stringify({
  title: 'Port Elan harbour pilots end strike',
  source: 'Lindor Observer',
  date: '2026-06-01T09:00:00Z',
  text: 'Harbour pilots in Port Elan ended a two-day strike on Friday after the Port Elan Harbour Authority agreed to hire six more pilots.\n\nThe strike had held up eleven cargo ships, the authority said.',
});

interface ListBody {
  stories: { title: string; conflicting: number | null }[];
  total: number;
  hasMore: boolean;
}

describe('GET /api/stories with filters', () => {
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = openStore(':memory:');
    await ingestPaths(store, [CORPUS], { maxBytes: 1 << 24 });
    await new StoryService(store).placeNewArticles();
    ({ app } = await createServer({ store, host: '127.0.0.1', token: null, maxBytes: 1 << 20 }));
    const upload = await app.inject({ method: 'POST', url: '/api/articles?name=pilots.json', payload: PILOTS, headers: { 'content-type': 'application/json' } });
    expect(upload.statusCode).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const list = async (query: string): Promise<{ titles: string[]; total: number; hasMore: boolean }> => {
    const r = await app.inject({ method: 'GET', url: `/api/stories?${query}` });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json() as ListBody;
    return { titles: body.stories.map((s) => s.title), total: body.total, hasMore: body.hasMore };
  };

  it('counts all four stories without filters, most recent first', async () => {
    expect(await list('')).toEqual({ titles: ['Port Elan harbour pilots end strike', FERRY, STORM, TALKS], total: 4, hasMore: false });
  });

  it('counts the stories of one outlet, not the store’s (Meridian Wire reports three of the four)', async () => {
    expect(await list('outlet=Meridian%20Wire')).toEqual({ titles: [FERRY, STORM, TALKS], total: 3, hasMore: false });
    expect(await list('outlet=meridian%20wire&limit=2')).toEqual({ titles: [FERRY, STORM], total: 3, hasMore: true });
    expect(await list('outlet=Meridian%20Wire&limit=2&offset=2')).toEqual({ titles: [TALKS], total: 3, hasMore: false });
  });

  it('counts the stories of an outlet within dates (the issue’s case: one story, total 1, not 3)', async () => {
    expect(await list('outlet=Northgate%20Times&since=2025-01-01')).toEqual({ titles: [FERRY], total: 1, hasMore: false });
    expect(await list('since=2026-02-16&until=2026-02-17')).toEqual({ titles: [STORM], total: 1, hasMore: false });
    expect(await list('until=2025-12-31')).toEqual({ titles: [TALKS], total: 1, hasMore: false });
    expect(await list('outlet=Nobody')).toEqual({ titles: [], total: 0, hasMore: false });
  });

  it('filters by status before paging: the first page of "has conflicts" holds the ferry story, though the first page of all stories does not', async () => {
    expect((await list('limit=1')).titles).toEqual(['Port Elan harbour pilots end strike']);
    expect(await list('status=conflicting&limit=1')).toEqual({ titles: [FERRY], total: 1, hasMore: false });
    expect(await list('status=conflicting&outlet=Coastline%20Daily')).toEqual({ titles: [FERRY], total: 1, hasMore: false });
    expect(await list('status=conflicting&until=2025-12-31')).toEqual({ titles: [], total: 0, hasMore: false });
    expect(await list('status=')).toMatchObject({ total: 4 });
  });

  it('shows the same filtered stories and total on the stories page', async () => {
    const page = await app.inject({ method: 'GET', url: '/?status=conflicting&limit=1' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Karsland and Velsand sign €340 million deal to revive Port Elan ferry');
    expect(page.body).not.toContain('Port Elan harbour pilots end strike');
  });
});
