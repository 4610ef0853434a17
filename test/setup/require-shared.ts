// Vitest global setup. On a developer's machine the tests that read ../shared (the seeds, the real
// corpora, the reference scorers) skip with a message when it is absent; in CI (`CI` set) an absent
// ../shared would turn the acceptance tests on real news into quiet skips, so the run fails instead.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const SHARED = resolve(import.meta.dirname, '../../../shared');
const NEEDED = ['seeds', 'corpora', 'tools'];

export default function requireShared(): void {
  const missing = NEEDED.filter((dir) => !existsSync(resolve(SHARED, dir)));
  if (!process.env['CI'] || missing.length === 0) return;
  throw new Error(
    `CI is set but ${SHARED} lacks ${missing.join(', ')}: the tests on real news would be skipped. ` +
      'Put the shared data beside the clone (../shared), or unset CI to run without it.',
  );
}
