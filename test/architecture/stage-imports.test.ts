// Dependencies point one way, and a stage uses another stage only through its public surface (its
// index.ts): shared text tools live in src/text, never inside a stage that others then reach into.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const STAGES = ['ingest', 'clean', 'understand', 'stories', 'crosscheck'];
/** What each folder may import besides itself: [folder, allowed target folders]. */
const ALLOWED: Array<[folder: string, targets: string[]]> = [
  ['core', []],
  ['config', ['core']],
  ['text', ['core', 'config']],
  ...STAGES.map((s): [string, string[]] => [s, ['core', 'config', 'text']]),
];
/** Stage-to-stage uses, through the used stage's index.ts, each with why. */
const STAGE_SURFACES: Array<[from: string, to: string, why: string]> = [
  ['crosscheck', 'understand/index.ts', 'an undated article is dated by re-resolving its times (resolveTime) against candidate days'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every relative import of the non-test files under src/<folder>, as a path relative to src/. */
function importsOf(folder: string): { file: string; target: string }[] {
  return sourceFiles(join(SRC, folder)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^;]*?from '(\.[^']+)'/gs)].map((m) => ({
      file: relative(SRC, file),
      target: relative(SRC, resolve(dirname(file), m[1]!)).replace(/\.js$/, '.ts'),
    })),
  );
}

describe('imports between folders of src/', () => {
  it.each(ALLOWED)('%s imports only itself and %j', (folder, targets) => {
    const stray = importsOf(folder).filter(({ target }) => {
      const top = target.split('/')[0]!;
      if (top === folder || targets.includes(top)) return false;
      return !STAGE_SURFACES.some(([from, to]) => from === folder && to === target);
    });
    expect(stray).toEqual([]);
  });

  it.each(STAGE_SURFACES)('%s uses %s: %s', (from, to) => {
    expect(importsOf(from).some(({ target }) => target === to)).toBe(true);
  });
});
