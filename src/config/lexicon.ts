// Loads the word lists in /lexicon (data, not code). Paths resolve from this file so they work both
// from src/ (tests, tsx) and from dist/ (the built CLI), which sit at the same depth.
import { readFileSync } from 'node:fs';

/** Parses `lexicon/<name>.json`. */
export function loadLexicon<T>(name: string): T {
  const url = new URL(`../../lexicon/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}
