// The web UI in a real browser: Debian's headless Chromium driven by playwright-core against
// `dossier serve` on the sample corpus (a temporary store). A user opens the stories page, opens a story,
// sees the timeline plot and a conflict, hovers a citation, ingests a pasted article and finds it; an
// article carrying a script and an event handler is ingested and proven inert. Screenshots go to
// test-results/ (kept by CI as artifacts). Skips, saying so, when no Chromium is installed.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start.js';
import { ingestPaths } from '../../src/services/ingest-batch.js';
import { clusterNewArticles } from '../../src/services/stories.js';
import { openStore } from '../../src/store/index.js';

const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`skipping the browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set DOSSIER_CHROMIUM)`);

const CORPUS = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

describe.skipIf(!present)('the web UI in Chromium', () => {
  let dir: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-browser-'));
    const dbPath = join(dir, 'dossier.db');
    const store = openStore(dbPath);
    await ingestPaths(store, [CORPUS], { maxBytes: 20 * 1024 * 1024 });
    await clusterNewArticles(store);
    await store.close();
    server = await startServer({ dbPath, host: '127.0.0.1', port: 0, maxBytes: 5 * 1024 * 1024, token: null });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  it('lists the sample corpus’s three stories with their outlets', async () => {
    await page.goto(server.url);
    expect(await page.locator('a[href^="/stories/"]').count()).toBeGreaterThanOrEqual(3);
    const text = await page.locator('main').innerText();
    for (const outlet of ['Meridian Wire', 'Coastline Daily', 'Northgate Times']) expect(text).toContain(outlet);
    await shot('stories-page');
  });

  it('opens a story: timeline plot with points, the signing-day conflict with both sides, the coverage heatmap', async () => {
    const { stories } = (await (await fetch(`${server.url}api/stories`)).json()) as { stories: { id: string; articleCount: number }[] };
    const ferry = stories.find((s) => s.articleCount === 10)!;
    await page.locator(`a[href="/stories/${ferry.id}"]`).first().click();
    await page.waitForURL(/\/stories\//);
    const plot = page.locator('#timeline-plot');
    await expect.poll(() => plot.isVisible()).toBe(true);
    expect(await page.locator('#timeline-plot .tl-point').count()).toBeGreaterThan(5);
    // The ferry's background: it stopped in 2019 (two reports), the 2024 talks and Port Elan's 2025 cargo.
    expect(await page.locator('#timeline-plot .tl-background').count()).toBe(4);
    const conflicts = page.locator('tr.claim[data-status="conflicting"]');
    expect(await conflicts.count()).toBe(3);
    const signing = conflicts.filter({ hasText: 'Coastline Daily' }).first();
    expect(await signing.innerText()).toMatch(/2026-03-02/);
    expect(await signing.innerText()).toMatch(/2026-03-03/);
    expect(await page.locator('#coverage').isVisible()).toBe(true);
    await shot('story-page');
  });

  it('shows a citation’s outlet and source sentence on hover', async () => {
    const cite = page.locator('.cite').first();
    const sentence = await cite.getAttribute('data-cite');
    // The summary's first citation: the visit's lead sentence, word for word.
    expect(sentence).toBe('Karsland’s Foreign Minister Anneli Strand landed in Port Elan on Monday for a visit expected to revive the city’s ferry link to Brekka.');
    await cite.hover();
    const popover = page.locator('.cite-popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await popover.innerText()).toBe(`The Harbour Ledger\n\n${sentence}\nOpen the article`);
    await shot('citation-hover');
  });

  it('ingests a pasted article and finds it afterwards', async () => {
    await page.goto(`${server.url}ingest`);
    await page.locator('#paste-text').fill('Ferry pilots in Brekka voted on Wednesday to accept a new rota for the Port Elan crossing, their union said.\n\nThe rota starts in April 2027, when the crossing resumes.');
    await page.locator('#paste-submit').click();
    const outcome = page.locator('#ingest-outcomes li').first();
    await expect.poll(() => outcome.innerText(), { timeout: 20_000 }).toMatch(/ingested/);
    await shot('ingest-page');
    await page.goto(`${server.url}?q=${encodeURIComponent('pilots Brekka rota')}`);
    expect(await page.locator('a[href^="/articles/"]').allInnerTexts()).toEqual(['(no headline)']);
    const results = await page.locator('main').innerText();
    expect(results).toContain('1 article matching “pilots Brekka rota”');
    expect(results).toContain('Ferry pilots in Brekka voted on Wednesday to accept a new rota for the Port Elan');
  });

  it('renders hostile article HTML inert: no script runs, no handler fires, no javascript: link', async () => {
    const hostile = `<html><head><title>Harbour board &lt;script&gt; row</title></head><body><article>
      <p>The harbour board met in Valeport on Monday. <script>window.__xss = 1; alert('xss')</script></p>
      <p>Members argued about <img src="x" onerror="window.__xss = 2; alert('img')"> the budget for the dredging work.</p>
      <p>The minutes are <a href="javascript:window.__xss=3">online</a>, the board's secretary said on Tuesday.</p>
      <p>&lt;script&gt;window.__xss = 4&lt;/script&gt; was typed into the comment box of the board's page, she added.</p>
    </article></body></html>`;
    const r = await fetch(`${server.url}api/articles?name=hostile.html`, { method: 'POST', body: hostile, headers: { 'content-type': 'text/html' } });
    expect(r.status).toBe(201);
    const { ids } = (await r.json()) as { ids: string[] };
    await page.goto(`${server.url}articles/${ids[0]}`);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.content()).toContain('&lt;script&gt;window.__xss = 4&lt;/script&gt;');
    await shot('hostile-article');
  });
});
