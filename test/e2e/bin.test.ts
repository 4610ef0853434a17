// The installed command as a user runs it: `node bin/dossier.js …` on the build in dist/
// (made by `npm ci` through `prepare`, and by `npm test` before the tests run).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDossier } from '../../src/services/validate-dossier.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/dossier.js');
const built = existsSync(join(ROOT, 'dist/cli/main.js'));
if (!built) console.warn('skipping bin tests: dist/ is missing; run `npm run build` (npm test does)');
const work = mkdtempSync(join(tmpdir(), 'dossier-bin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!built)('bin/dossier.js (the built CLI)', () => {
  it('prints its version and help', () => {
    expect(execFileSync('node', [BIN, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(execFileSync('node', [BIN, '--help'], { encoding: 'utf8' })).toContain('analyze');
  });

  it('runs the demo from a fresh directory: store migrated, dossier written', () => {
    const r = spawnSync('node', [BIN, 'demo'], { cwd: work, encoding: 'utf8', env: { ...process.env, DOSSIER_DB: '' } });
    expect(r.stderr).toMatch(/ingested \d+, duplicates 0, failed 0/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Dossier written to data/sample-dossier.json');
    expect(validateDossier(JSON.parse(readFileSync(join(work, 'data/sample-dossier.json'), 'utf8')))).toEqual([]);
    expect(existsSync(join(work, 'data/dossier.db'))).toBe(true);
  });

  it('fails with one line naming the file when nothing can be read', () => {
    const r = spawnSync('node', [BIN, 'ingest', join(work, 'missing.txt'), '--db', join(work, 'x.db')], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stderr).toContain('ingested 0, duplicates 0, failed 1');
  });

  it('ends quietly with exit 0 when the reader of its output goes away (`dossier analyze … | head -1`)', () => {
    // The report is far beyond a pipe's 64 KB buffer: `head` has exited long before the command stops writing.
    const r = spawnSync('bash', ['-c', `node "${BIN}" analyze "${join(ROOT, 'examples/corpus')}" --format json | head -1; echo "exit \${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(["{", "exit 0"]);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
  });

  it('says in one line, and exits 1, when its output cannot be written (`> /dev/full`)', () => {
    const r = spawnSync('bash', ['-c', `node "${BIN}" --help > /dev/full`], { encoding: 'utf8' });
    if (!existsSync('/dev/full')) return;
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('dossier: cannot write the output: ENOSPC: no space left on device, write');
  });
});
