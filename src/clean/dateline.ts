// Finds the dateline that opens a story ("NAIROBI/GENEVA —", "Lagos:", "LONDON (Reuters) -") so the
// place can be kept as metadata while the sentence after it stays in the text.
import { datelineLexicon } from './lexicon.js';

export interface Dateline {
  /** The place as written: "BEIJING/LONDON", "Beijing", "WASHINGTON, D.C.". */
  place: string;
  /** A wire credit in the dateline, "Reuters" in "LONDON (Reuters) -": the article is wire copy. */
  wire: string | null;
  /** The whole prefix taken off the paragraph, separator included: "BEIJING/LONDON —". */
  text: string;
  /** Where the kept sentence starts in the paragraph. */
  restOffset: number;
}

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’-]*`;
const CAPS_PLACE = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const TITLE_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
const TITLE_PLACE = String.raw`${TITLE_WORD}(?: (?:${TITLE_WORD}|es|de|da|del|el|al|of))*`;
// ", D.C." / ", Kenya" belong to the place; ", Jan 29" / ", Oct. 18" is the wire date, dropped.
const REGION = String.raw`(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}))?`;
const WIRE_DATE = String.raw`(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?`;
const WIRE = String.raw`(?:\s*\(([^()\d]{2,30})\))?`;
// An em/en dash, one or two hyphens, or a colon, then the sentence: it must start like one.
const SEPARATOR = String.raw`\s*(?:[—–]|--?|:)\s+(?=[\p{Lu}\d“"‘'])`;

const CAPS_FORM = new RegExp(String.raw`^(${CAPS_PLACE}(?:\s*/\s*${CAPS_PLACE})*)${REGION}${WIRE_DATE}${WIRE}${SEPARATOR}`, 'u');
const TITLE_FORM = new RegExp(String.raw`^(${TITLE_PLACE}(?:\s*/\s*${TITLE_PLACE})*)${REGION}${WIRE_DATE}${WIRE}${SEPARATOR}`, 'u');

function hasLetters(s: string): boolean {
  return (s.match(/\p{L}/gu)?.length ?? 0) >= 2;
}

/**
 * The dateline opening `paragraph`, or null. Call it on the story's first paragraph only: mid-article
 * "Starmer added: “We…”" has the same shape. ALL-CAPS places are datelines by convention (but not
 * labels such as "EXCLUSIVE:" or "UPDATE -"); Title-case ones must be known news places, because
 * "Analysis: China is…" and "Beijing: Chinese exports rose…" differ only in the word. Places the
 * lexicon lacks may be vouched for by `isPlace` (lowercased place → known), e.g. from the batch.
 */
export function readDateline(paragraph: string, isPlace: (place: string) => boolean = () => false): Dateline | null {
  const { places, labels } = datelineLexicon();
  const caps = CAPS_FORM.exec(paragraph);
  if (caps?.[1]) {
    const parts = caps[1].split('/').map((p) => p.trim());
    const placeLike = parts.every((p) => hasLetters(p) && !p.split(' ').some((w) => labels.has(w)));
    // "SUMMARY:", "TLDR:", "DEAR ABBY:" open real bodies (WCXB); before a colon, only known places.
    const colon = caps[0].trimEnd().endsWith(':');
    if (placeLike && (!colon || parts.every((p) => places.has(p.toLowerCase())))) return build(caps);
  }
  const title = TITLE_FORM.exec(paragraph);
  if (title?.[1]) {
    const parts = title[1].split('/').map((p) => p.trim().toLowerCase());
    if (parts.every((p) => places.has(p) || isPlace(p))) return build(title);
  }
  return null;
}

function build(m: RegExpExecArray): Dateline {
  const place = m[2] ? `${m[1]}, ${m[2]}` : (m[1] ?? '');
  const wire = m[3]?.trim() ?? null;
  return { place, wire, text: m[0].trim(), restOffset: m[0].length };
}

// "in Springfield", "in Springfield’s": one to three Title-case words after a lowercase "in".
const IN_PLACE = /(?<![\p{L}\d])in ((?:\p{Lu}[\p{Ll}\p{M}'’-]+)(?: \p{Lu}[\p{Ll}\p{M}'’-]+){0,2})/gu;

/**
 * Lowercased places `text` names after "in": "the shipyard in Springfield" → "springfield". Evidence for a
 * Title-case dateline the lexicon lacks ("Springfield: …"): a word the news puts after "in" is a place
 * far more often than a label such as "Analysis" is. Months and days ("in March") are left out.
 */
export function namedPlaces(text: string): Set<string> {
  const { notPlaces } = datelineLexicon();
  const found = new Set<string>();
  for (const m of text.matchAll(IN_PLACE)) {
    const place = (m[1] ?? '').replace(/['’]s?$/u, '').toLowerCase();
    if (place && !place.split(' ').some((w) => notPlaces.has(w))) found.add(place);
  }
  return found;
}
