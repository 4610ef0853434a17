// Loads the word lists in /lexicon (data, not code): each file on first use, checked against its shape
// once, so a command that never annotates never reads them and a malformed file is reported by name and
// key. Paths resolve from this file so they work both from src/ (tests, tsx) and from dist/ (the built
// CLI), which sit at the same depth.
import { readFileSync } from 'node:fs';
import { ShapeMismatch, type Shape } from './lexicon-shape.js';

/** A lexicon file that cannot be read or does not have its shape; names the file and the key. */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
  constructor(
    /** `lexicon/junk-patterns.json` */
    readonly file: string,
    /** The key path that is wrong (`lines[3].code`), or null when the whole file is. */
    readonly key: string | null,
    problem: string,
  ) {
    super(`lexicon: "${file}"${key ? ` at ${key}` : ''}: ${problem}`);
  }
}

/** Reads and checks `lexicon/<name>.json` now (tests and `defineLexicon` call it). */
export function readLexicon<T>(name: string, shape: Shape<T>): T {
  const file = `lexicon/${name}.json`;
  let text: string;
  try {
    text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : String(err);
    throw new LexiconError(file, null, `cannot be read (${code})`);
  }
  return parseLexicon(file, text, shape);
}

/** Parses a lexicon file's text and checks its shape; `file` names it in errors. */
export function parseLexicon<T>(file: string, text: string, shape: Shape<T>): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new LexiconError(file, null, `is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  try {
    return shape.check(parsed, '');
  } catch (err) {
    if (err instanceof ShapeMismatch) throw new LexiconError(file, err.path === '' ? null : err.path, err.problem);
    throw err;
  }
}

/**
 * A getter for `lexicon/<name>.json`: read and checked on the first call, the same value after. A file
 * that fails is read again on the next call (and fails again, with the same message).
 */
export function defineLexicon<T>(name: string, shape: Shape<T>): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: readLexicon(name, shape) }).value;
}

/** A key of a loaded lexicon that is well-shaped JSON but wrong in meaning (a pattern that does not compile). */
export function lexiconValueError(name: string, key: string, problem: string): LexiconError {
  return new LexiconError(`lexicon/${name}.json`, key, problem);
}
