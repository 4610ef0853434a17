// The key a named entity is matched on across articles, so "Sir Keir Starmer", "Starmer" and "Mr
// Starmer" are one person to story clustering, the claim aligner, date inference and the quote ledger.
import type { Entity } from '../core/annotations.js';
import { foldText } from './terms.js';

/** Honorifics and titles are not part of a name's identity: "President Xi" and "Xi" are one person. */
const NAME_NOISE = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'president', 'minister', 'the', 'jr', 'sr', 'ii', 'iii']);

/**
 * A person is keyed by family name ("Tara Reid", "Reid", "Ms Reid" → "reid"), since articles name people
 * in full once and by family name after; other names by their folded full name without "the". The type
 * is not part of the key: one article may type "Comeaux" a person and another an unknown name, and they
 * still name the same one. Null when nothing but titles is left.
 */
export function entityKey(entity: Pick<Entity, 'name' | 'type'>): string | null {
  const words = foldText(entity.name).replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu)?.filter((w) => !NAME_NOISE.has(w)) ?? [];
  if (words.length === 0) return null;
  if (entity.type === 'person') return words[words.length - 1]!;
  return words.join(' ');
}
