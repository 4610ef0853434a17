// "It works on real news, whatever the news", proven on every change: the built CLI runs `dossier analyze`
// over every shared corpus that holds articles or pages, as a user would, and each run must exit 0 with a
// contract-valid dossier, no failed story, and every input accounted for (ingested, a duplicate, or failed
// with a reason that is bad input, never a defect). MEANTIME and TempEval-3 are TimeML: their documents are
// written out as plain text first (in a temporary folder, named by their creation date, as a user's saved
// text files would be). Reads ../shared, never copies it; skips, saying so, when it is absent.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, readDoc } from '../../bench/lib/timeml.js';
import type { Dossier } from '../../src/core/dossier.js';
import { validateDossier } from '../../src/services/validate-dossier.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = resolve(ROOT, '../shared');
const CORPORA = join(SHARED, 'corpora');
const present = existsSync(CORPORA) && existsSync(join(ROOT, 'bin/dossier.js'));
if (!present) console.warn(`skipping the real-corpora acceptance test: ${CORPORA} is absent (or the CLI is not built)`);

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'dossier-real-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** How many items an input holds: a line per JSONL record, a file per file (hidden ones are skipped). */
function countInputs(path: string): number {
  if (statSync(path).isFile()) return path.endsWith('.jsonl') ? readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).length : 1;
  return readdirSync(path).filter((f) => !f.startsWith('.')).reduce((n, f) => n + countInputs(join(path, f)), 0);
}

/** TimeML documents as plain text files: `<creation date>-<name>.txt`, title line first for MEANTIME. */
function asTextFiles(name: string, dir: string): string {
  const out = join(work, name);
  mkdirSync(out, { recursive: true });
  for (const file of listFiles(dir)) {
    const doc = readDoc(file, { whole: true });
    const date = doc.dct && /^\d{4}-\d{2}-\d{2}/.test(doc.dct) ? `${doc.dct.slice(0, 10)}-` : '';
    writeFileSync(join(out, `${date}${basename(file).replace(/\.(tml|xml)$/, '')}.txt`), doc.text.trim() + '\n');
  }
  return out;
}

interface Corpus {
  name: string;
  input: () => string;
}

const CORPUS_LIST: Corpus[] = [
  { name: 'seeds', input: () => join(SHARED, 'seeds') },
  { name: 'extraction-scrapinghub (HTML pages)', input: () => join(CORPORA, 'extraction-scrapinghub/html') },
  { name: 'extraction-wcxb (HTML pages)', input: () => join(CORPORA, 'extraction-wcxb/html') },
  { name: 'basil (JSONL)', input: () => join(CORPORA, 'basil/articles.jsonl') },
  { name: 'ecbplus (JSONL)', input: () => join(CORPORA, 'ecbplus/articles.jsonl') },
  { name: 'meantime (as text)', input: () => asTextFiles('meantime', join(CORPORA, 'meantime/intra-doc_annotation')) },
  { name: 'tempeval3 TBAQ-cleaned (as text)', input: () => asTextFiles('tempeval3', join(CORPORA, 'tempeval3/tbaq-cleaned')) },
];

describe.skipIf(!present)('dossier analyze on every shared corpus', () => {
  it.each(CORPUS_LIST)('$name: exit 0, a valid dossier, no failed story, every input accounted for', async ({ name, input }) => {
    const path = input();
    const inputs = countInputs(path);
    const slug = name.replace(/\W+/g, '-');
    const out = join(work, `${slug}.json`);
    const started = performance.now();
    const { stderr } = await run(process.execPath, [join(ROOT, 'bin/dossier.js'), 'analyze', path, '--db', join(work, `${slug}.db`), '--format', 'json', '--out', out], {
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, DOSSIER_DEBUG: '1' },
    }).catch((err: { code?: number; stderr?: string }) => {
      throw new Error(`dossier analyze ${path} exited ${err.code}: ${err.stderr?.slice(-2000)}`);
    });
    const seconds = (performance.now() - started) / 1000;

    const counts = /ingested (\d+), duplicates (\d+), failed (\d+)/.exec(stderr);
    expect(counts, stderr).not.toBeNull();
    const [ingested, duplicates, failed] = counts!.slice(1).map(Number) as [number, number, number];
    expect(ingested + duplicates + failed, 'every input is ingested, a duplicate or failed').toBe(inputs);
    const failures = stderr.split('\n').filter((l) => l.startsWith('failed     '));
    expect(failures.filter((l) => !l.startsWith('failed     story'))).toHaveLength(failed);
    // A failure must be bad input with a reason, never a defect of Dossier's.
    for (const line of failures) expect(line).not.toMatch(/failed at |reader failed|^failed {5}story /);

    const dossier = JSON.parse(readFileSync(out, 'utf8')) as Dossier;
    expect(validateDossier(dossier)).toEqual([]);
    expect(dossier.articles).toHaveLength(ingested);
    const failedStories = dossier.stories.filter((s) => s.error);
    expect(failedStories.map((s) => `${s.id}: ${s.error!.stage}: ${s.error!.message}`)).toEqual([]);
    console.log(
      `${name}: ${inputs} inputs → ${ingested} articles (${duplicates} duplicates, ${failed} failed), ${dossier.stories.length} stories, ` +
        `${failedStories.length} failed stories, ${dossier.stories.filter((s) => s.sampled).length} sampled, ${seconds.toFixed(1)} s`,
    );
  }, 300_000);
});
