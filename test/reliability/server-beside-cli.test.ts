// A server and the CLI writing to one store (issue 12's reproduction): `dossier serve` has placed an upload
// (so it keeps a story index), `dossier ingest` then adds the storm article from another connection, and
// the Valeport storm page uploaded through the API must join that story — not open a second storm story
// against the server's stale index. The server then lists what the CLI stored, under the same titles.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/index.js';
import { runCli } from '../support/run-cli.js';
import { SAMPLE_CORPUS } from '../support/sample-stories.js';

const STORM_TEXT = join(SAMPLE_CORPUS, 'text/2026-02-17-storm-ottilie.txt');
const STORM_PAGE = join(SAMPLE_CORPUS, 'html/valeport-post-storm-ottilie.html');
const PILOTS = 'Harbour pilots in Port Elan ended a two-day strike on Friday after the Port Elan Harbour Authority agreed to hire six more pilots.\n\nThe strike had held up eleven cargo ships, the authority said.';

interface Placed {
  placed: number;
  joined: number;
  opened: number;
  total: number;
}

describe('a server and `dossier ingest` writing to one store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-two-doors-'));
  const db = join(dir, 'dossier.db');
  let store: Store;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = openStore(db);
    ({ app } = await createServer({ store, host: '127.0.0.1', token: null, maxBytes: 1 << 22 }));
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const upload = async (body: string | Buffer, type: string, name: string): Promise<Placed> => {
    const r = await app.inject({ method: 'POST', url: `/api/articles?name=${name}`, payload: body, headers: { 'content-type': type } });
    expect(r.statusCode, r.body).toBe(201);
    return (r.json() as { stories: Placed }).stories;
  };

  it('places an upload that follows a CLI ingest in the story the CLI opened, not in a second one', async () => {
    // The server places a first upload, so it holds a story index from then on.
    expect(await upload(PILOTS, 'text/plain', 'pilots.txt')).toMatchObject({ placed: 1, opened: 1, total: 1 });

    const cli = await runCli(['ingest', STORM_TEXT, '--db', db]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stderr).toMatch(/1 articles placed \(0 joined a story, 1 opened one, 0 near-copies\); 2 stories in the store/);

    // Before the story index followed the store's stories version, this answered opened 1 and 3 stories.
    expect(await upload(readFileSync(STORM_PAGE), 'text/html', 'valeport.html')).toEqual({ placed: 1, joined: 1, opened: 0, nearCopies: 0, total: 2 });
    const stories = (await app.inject({ method: 'GET', url: '/api/stories' })).json() as { total: number; stories: { articleCount: number; title: string }[] };
    expect(stories.total).toBe(2);
    expect(stories.stories.map((s) => s.articleCount).sort()).toEqual([1, 2]);
  });

  it('lists the stories under the titles the CLI lists them with, once the CLI has changed them', async () => {
    const more = await runCli(['ingest', join(SAMPLE_CORPUS, 'json/meridian-wire.jsonl'), '--db', db]);
    expect(more.code, more.stderr).toBe(0);
    const cli = await runCli(['stories', 'list', '--json', '--db', db]);
    const fromCli = (JSON.parse(cli.stdout) as { id: string; title: string }[]).map((s) => [s.id, s.title]);
    const api = (await app.inject({ method: 'GET', url: '/api/stories' })).json() as { stories: { id: string; title: string }[] };
    expect(api.stories.map((s) => [s.id, s.title])).toEqual(fromCli);
    expect(fromCli.map(([, title]) => title)).toContain('Storm Ottilie kills two, cuts power to 18,000 homes in northern Velsand');
  });
});
