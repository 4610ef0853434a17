// Stable article ids: the same text gives the same id whatever file, path or line endings it came in.
// Ids key the store and the dossier's evidence, so they depend on the words only.

import { createHash } from 'node:crypto';

/** sha256 of the NFC body with all whitespace runs collapsed to one space and trimmed; first 16 hex chars. */
export function articleIdFor(body: string): string {
  const normalized = body.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 16);
}
