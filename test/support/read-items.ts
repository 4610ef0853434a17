// Unwraps reader results in tests: the draft (or the error) of a ReadItem, failing loudly otherwise.
import type { ReadItem } from '../../src/ingest/index.js';

export function draftOf(item: ReadItem | undefined) {
  if (!item || !('draft' in item)) throw new Error(`expected a draft, got ${JSON.stringify(item)}`);
  return item.draft;
}

export function errorOf(item: ReadItem | undefined) {
  if (!item || !('error' in item)) throw new Error(`expected an error, got ${JSON.stringify(item)}`);
  return item.error;
}
