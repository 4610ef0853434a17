// Whether two entity names from different articles name the same entity, for the stories stage:
// "Dr Amara Okafor" ≡ "Amara Okafor", "Starmer" ≡ "Keir Starmer", "Xi" ≡ "Xi Jinping", "UK" ≡ "Britain",
// "Labour" ≡ "Labour Party"; but "Li Qiang" ≢ "Qiang Wang" (a family name is compared in its place).
import { entityLexicon, gazetteerKey, knownName } from './lexicon.js';
import { familyIndex } from './resolve.js';

/** The name's words without titles, honorifics or a possessive: "Sir Keir Starmer’s" → ["Keir", "Starmer"]. */
function nameWords(name: string): string[] {
  const lex = entityLexicon();
  const words = name.normalize('NFC').replace(/['’]s$/, '').trim().split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && (lex.honorifics.has(words[i]!) || lex.titleHeads.has(words[i]!) || lex.titleModifiers.has(words[i]!))) i++;
  return words.slice(i);
}

const fold = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/\./g, '').toLowerCase();

export function sameEntityName(a: string, b: string): boolean {
  const lex = entityLexicon();
  const ka = knownName(a);
  const kb = knownName(b);
  if (ka && kb) return ka.canonical === kb.canonical;
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const fa = wa.map(fold);
  const fb = wb.map(fold);
  if (fa.join(' ') === fb.join(' ')) return true;
  if (ka || kb) return false;
  const [short, long, shortRaw, longRaw] = fa.length <= fb.length ? [fa, fb, wa, wb] : [fb, fa, wb, wa];
  if (short.length === long.length) return false;
  if (short.length === 1) {
    // "Starmer" ≡ "Keir Starmer", "Xi" ≡ "Xi Jinping", "Labour" ≡ "Labour Party"; not "Qiang" ≡ "Li Qiang".
    if (long[familyIndex(longRaw)] === short[0]) return true;
    return long.length === 2 && lex.orgSuffixes.has(longRaw[1]!) && long[0] === short[0] && !lex.orgSuffixes.has(shortRaw[0]!);
  }
  // "Keir Starmer" ≡ "Keir Rodney Starmer"; "Meteorological Office" ≡ "Velsand Meteorological Office".
  if (short[0] === long[0] && short[short.length - 1] === long[long.length - 1]) return true;
  return lex.orgSuffixes.has(shortRaw[shortRaw.length - 1]!) && ` ${long.join(' ')}`.endsWith(` ${short.join(' ')}`) && gazetteerKey(a) !== '';
}
