import { mkdtempSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dossier } from '../core/dossier.js';
import { validateDossier } from '../services/validate-dossier.js';
import { runCli } from '../../test/support/run-cli.js';

const EXAMPLES = new URL('../../examples/corpus/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let dbCount = 0;
const freshDb = () => join(work, `db${dbCount++}`, 'dossier.db');

const ARTICLE = `Harbour workers end strike

PORT ELAN — Dock workers at Port Elan ended a nine-day strike on Tuesday after the harbour authority agreed to a 6 percent pay rise.

“We got what we came for,” said union leader Ines Varga.
`;

describe('dossier CLI', () => {
  it('prints help for every command and exits 0', async () => {
    for (const args of [['--help'], ['ingest', '--help'], ['list', '--help'], ['show', '--help'], ['search', '--help'], ['analyze', '--help'], ['annotate', '--help'], ['demo', '--help']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: dossier/);
    }
  });

  it('exits non-zero with a usage message for an unknown command or a bad option value', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(1);
    const bad = await runCli(['analyze', 'x', '--format', 'pdf']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/Allowed choices are json, md, html/);
  });

  it('ingests the sample corpus, then reports every file as a duplicate the second time', async () => {
    const db = freshDb();
    const first = await runCli(['ingest', EXAMPLES, '--db', db]);
    expect(first.code).toBe(0);
    const summary = /ingested (\d+), duplicates (\d+), failed (\d+)/.exec(first.stderr);
    expect(Number(summary?.[1])).toBeGreaterThanOrEqual(15);
    const second = await runCli(['ingest', EXAMPLES, '--db', db]);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`ingested 0, duplicates ${Number(summary?.[1]) + Number(summary?.[2])}, failed ${summary?.[3]}`);
  });

  it('lists, shows and searches what was ingested', async () => {
    const db = freshDb();
    const file = join(work, 'strike.txt');
    writeFileSync(file, ARTICLE);
    const ingest = await runCli(['ingest', file, '--db', db]);
    const id = /ingested\s+([0-9a-f]{16})/.exec(ingest.stdout)?.[1];
    expect(id).toBeDefined();
    const list = await runCli(['list', '--db', db]);
    expect(list.stdout).toContain(id);
    const show = await runCli(['show', id!.slice(0, 8), '--db', db]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/dateline\s+PORT ELAN/);
    expect(show.stdout).toContain('ended a nine-day strike');
    expect(show.stdout).toMatch(/- Ines Varga \(person\)/);
    expect(show.stdout).toMatch(/- Ines Varga: “We got what we came for,?”/);
    const search = await runCli(['search', 'strike', 'harbo', '--db', db]);
    expect(search.stdout).toContain(id);
    const none = await runCli(['search', 'volcano', '--db', db]);
    expect(none.stderr).toContain('no article matches "volcano"');
  });

  it('says which id it could not find', async () => {
    const r = await runCli(['show', 'deadbeef00', '--db', freshDb()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('show: no article with id "deadbeef00"');
  });

  it('reads an article from standard input with "-"', async () => {
    const r = await runCli(['analyze', '-', '--format', 'json'], { stdin: ARTICLE });
    expect(r.code).toBe(0);
    const dossier = JSON.parse(r.stdout) as Dossier;
    expect(dossier.articles).toHaveLength(1);
    expect(dossier.articles[0]?.dateline).toBe('PORT ELAN');
  });

  it('goes on after a bad file, reports it by name, and fails only when all fail or with --strict', async () => {
    const dir = join(work, 'mixed');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await runCli(['ingest', dir, '--db', freshDb()]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/failed\s+.*logo\.png: .*PNG/);
    expect(r.stderr).toMatch(/failed\s+.*empty\.txt/);
    expect(r.stderr).toContain('ingested 1, duplicates 0, failed 2');
    expect((await runCli(['ingest', dir, '--db', freshDb(), '--strict'])).code).toBe(1);
    const allBad = await runCli(['ingest', join(dir, 'logo.png'), '--db', freshDb()]);
    expect(allBad.code).toBe(1);
  });

  it('analyze prints a contract-valid dossier of the sample corpus and writes --out files', async () => {
    const out = join(work, 'reports', 'sample.json');
    const r = await runCli(['analyze', EXAMPLES, '--format', 'json', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`to ${out}`);
    const dossier = JSON.parse((await import('node:fs')).readFileSync(out, 'utf8')) as Dossier;
    expect(validateDossier(dossier)).toEqual([]);
    expect(dossier.articles.length).toBeGreaterThanOrEqual(15);
    expect(new Set(dossier.articles.map((a) => a.outlet).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
    const md = await runCli(['analyze', EXAMPLES, '--format', 'md']);
    expect(md.stdout).toMatch(/^# Dossier/);
    expect(md.stdout).toContain('Removed (');
  });

  it('analyze --format html --out writes one self-contained HTML report', async () => {
    const out = join(work, 'reports', 'strike.html');
    const r = await runCli(['analyze', '-', '--format', 'html', '--out', out], { stdin: ARTICLE });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`to ${out}`);
    const html = (await import('node:fs')).readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('Harbour workers end strike');
    expect(html).not.toContain('<script');
  });

  it('demo ingests the sample corpus and says where the dossier went', async () => {
    const dir = join(work, 'demo');
    const r = await runCli(['demo', '--db', join(dir, 'dossier.db')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Dossier written to ${join(dir, 'sample-dossier.json')}`);
    const dossier = JSON.parse((await import('node:fs')).readFileSync(join(dir, 'sample-dossier.json'), 'utf8')) as unknown;
    expect(validateDossier(dossier)).toEqual([]);
    // Changed: the rank of Port Elan, and its tonnage ("which handled 5.6 million tonnes … in 2025" against 4.1 million in 2023).
    expect(r.stdout).toMatch(/Cross-check: \d+ claims — \d+ corroborated, 3 conflicting, 1 compatible, 2 changed/);
    expect((await import('node:fs')).readFileSync(join(dir, 'sample-dossier.html'), 'utf8').startsWith('<!doctype html>')).toBe(true);
  });

  it('a copy of the same file under another path is one article', async () => {
    const dir = join(work, 'copies');
    mkdirSync(join(dir, 'a'), { recursive: true });
    writeFileSync(join(dir, 'a', 'one.txt'), ARTICLE);
    cpSync(join(dir, 'a'), join(dir, 'b'), { recursive: true });
    const r = await runCli(['ingest', dir, '--db', freshDb()]);
    expect(r.stderr).toContain('ingested 1, duplicates 1, failed 0');
  });

  describe('annotate', () => {
    const DATED = 'Published: 5 March 2026\nPORT ELAN — Dock workers at Port Elan ended a nine-day strike on Tuesday, union leader Ines Varga said.\n\n“We got what we came for,” Varga said.\n';
    const UNDATED = 'Dock workers at Port Elan ended a nine-day strike on Tuesday, union leader Ines Varga said.\n';
    interface Annotated {
      text: string;
      annotations: { times: { text: string; value: string }[]; entities: { name: string; start: number; end: number; text: string }[]; quotes: { text: string; speaker: string | null }[] };
    }

    it('resolves times against the publication date and attributes quotes', async () => {
      const file = join(work, 'dated.txt');
      writeFileSync(file, DATED);
      const r = await runCli(['annotate', file]);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as Annotated;
      expect(out.annotations.times).toContainEqual(expect.objectContaining({ text: 'Tuesday', value: '2026-03-03' }));
      expect(out.annotations.quotes).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/^We got what we came for,?$/), speaker: 'Ines Varga' }));
      for (const e of out.annotations.entities) expect(out.text.slice(e.start, e.end)).toBe(e.text);
    });

    it('uses --ref for an undated input, and keeps the day unknown without it', async () => {
      const withRef = JSON.parse((await runCli(['annotate', '-', '--ref', '2026-03-05'], { stdin: UNDATED })).stdout) as Annotated;
      expect(withRef.annotations.times).toContainEqual(expect.objectContaining({ text: 'Tuesday', value: '2026-03-03' }));
      const without = JSON.parse((await runCli(['annotate', '-'], { stdin: UNDATED })).stdout) as Annotated;
      expect(without.annotations.times.find((t) => t.text === 'Tuesday')?.value).toMatch(/X/);
    });

    it('with --raw, offsets point into the input exactly as given', async () => {
      const r = await runCli(['annotate', '-', '--raw', '--ref', '2026-03-05'], { stdin: DATED });
      const out = JSON.parse(r.stdout) as Annotated;
      expect(out.text).toBe(DATED);
      const tuesday = out.annotations.times.find((t) => t.text === 'Tuesday') as unknown as { start: number; end: number };
      expect(DATED.slice(tuesday.start, tuesday.end)).toBe('Tuesday');
    });

    it('writes TimeML with inline TIMEX3 tags and the reference as DCT', async () => {
      const r = await runCli(['annotate', '-', '--ref', '2026-03-05', '--format', 'timeml'], { stdin: UNDATED });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('functionInDocument="CREATION_TIME">2026-03-05</TIMEX3>');
      expect(r.stdout).toMatch(/<TIMEX3 tid="t\d+" type="DATE" value="2026-03-03"[^>]*>Tuesday<\/TIMEX3>/);
    });

    it('refuses a --ref that is not a date', async () => {
      const r = await runCli(['annotate', '-', '--ref', 'next week'], { stdin: UNDATED });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('annotate: --ref "next week" is not a date');
    });
  });
});

