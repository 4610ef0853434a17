// Loads the word lists in /lexicon (data, not code). Paths resolve from this file so they work both
// from src/ (tests, tsx) and from dist/ (the built CLI), which sit at the same depth.
import { readFileSync } from 'node:fs';

/** Parses `lexicon/<name>.json`, which must hold a JSON object; a malformed file fails loudly at load. */
export function loadLexicon<T>(name: string): T {
  const url = new URL(`../../lexicon/${name}.json`, import.meta.url);
  const parsed: unknown = JSON.parse(readFileSync(url, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`lexicon: "lexicon/${name}.json" must hold a JSON object`);
  }
  return parsed as T;
}
