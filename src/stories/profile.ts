// Reduces an annotated article to what story clustering compares: content-word counts, named entities,
// the dates it says things happened, quotes, outlet, dateline. Computed once per article, kept in memory.
import type { Entity } from '../core/annotations.js';
import type { ArticleProfile, ProfileEntity } from '../core/stories.js';
import type { Article } from '../core/types.js';
import { loadLexicon } from '../config/lexicon.js';

const STOPWORDS = new Set(loadLexicon<{ words: string[] }>('stopwords').words);
const EVENT_NAMES = loadLexicon<{ prefixes: string[]; suffixes: string[] }>('event-names');
const EVENT_NAME = new RegExp(`^(?:the )?(?:(?:${EVENT_NAMES.prefixes.join('|')}) \\S|.+ (?:${EVENT_NAMES.suffixes.join('|')})$)`, 'i');

/** Whether a name names one event ("Storm Ottilie", "the Lindor Summit"), not a person, place or body. */
export function isEventName(name: string): boolean {
  return name.split(/\s+/).length >= 2 && EVENT_NAME.test(name);
}

/** Honorifics and titles are not part of a name's identity: "President Xi" and "Xi" are one person. */
const NAME_NOISE = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'president', 'minister', 'the', 'jr', 'sr', 'ii', 'iii']);

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A crude stem, enough to join "protesters"/"protester" and "visits"/"visit" without joining unrelated
 * words: only plural and possessive endings go (verbs and derivations keep their forms).
 */
export function stemTerm(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && word.endsWith('s') && !/(ss|us|is|ous)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Stopwords of other languages (lexicon/stopwords-other.json, folded like the text), read the first time
 * an article in one of them is profiled: English-only stores never load them.
 */
let otherStopwords: Map<string, Set<string>> | null = null;
function stopwordsOf(language: string | null): Set<string> | null {
  if (!language || language === 'en') return null;
  otherStopwords ??= new Map(
    Object.entries(loadLexicon<{ languages: Record<string, string[]> }>('stopwords-other').languages)
      .map(([code, words]) => [code, new Set(words.map(fold))]),
  );
  return otherStopwords.get(language) ?? null;
}

/**
 * Content-word stems of a text: letters or letter+digit words, no stopwords, no bare numbers. `language`
 * (ISO 639-1) adds that language's stopwords: "der", "und", "nicht" say nothing about a German report's story.
 */
export function contentTerms(text: string, language: string | null = null): string[] {
  const own = stopwordsOf(language);
  const out: string[] = [];
  for (const m of fold(text).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    let w = m[0].replace(/['’]s$/, '').replace(/['’]/g, '');
    if (w.length < 3 || STOPWORDS.has(w) || own?.has(w) || /^\d+$/.test(w)) continue;
    w = stemTerm(w);
    out.push(w);
  }
  return out;
}

/**
 * The key an entity is matched on across articles. A person is keyed by family name ("Tara Reid",
 * "Reid", "Ms Reid" → "reid"), since articles name people in full once and by family name after;
 * other names by their folded full name without "the". The type is not part of the key: one article
 * may type "Comeaux" a person and another an unknown name, and they still name the same one.
 */
export function entityKey(entity: Pick<Entity, 'name' | 'type'>): string | null {
  const words = fold(entity.name).replace(/['’]s\b/g, '').match(/[\p{L}\p{N}]+/gu)?.filter((w) => !NAME_NOISE.has(w)) ?? [];
  if (words.length === 0) return null;
  if (entity.type === 'person') return words[words.length - 1]!;
  return words.join(' ');
}

const ISO_DAY_OR_MONTH = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function datesOf(article: Article): { eventDates: string[]; years: number[] } {
  const counts = new Map<string, number>();
  const years = new Set<number>();
  for (const t of article.annotations.times) {
    if (t.type !== 'DATE') continue;
    const m = ISO_DAY_OR_MONTH.exec(t.value);
    if (m && (t.precision === 'day' || t.precision === 'month')) {
      counts.set(t.value, (counts.get(t.value) ?? 0) + 1);
      years.add(Number(m[1]));
    } else if (t.precision === 'year' && /^\d{4}$/.test(t.value)) {
      years.add(Number(t.value));
    }
  }
  const eventDates = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([d]) => d);
  return { eventDates, years: [...years].sort((a, b) => a - b) };
}

/** Direct quotes of six words or more, keyed by their first eight words (a trimmed variant keeps its key). */
function quoteKeys(article: Article): string[] {
  const keys = new Set<string>();
  for (const q of article.annotations.quotes) {
    if (q.kind !== 'direct') continue;
    const words = fold(q.text).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length >= 6) keys.add(words.slice(0, 8).join(' '));
  }
  return [...keys];
}

export function profileArticle(article: Article): ArticleProfile {
  const counts = new Map<string, number>();
  const body = contentTerms(article.text, article.language);
  // The headline names the event; counting its words twice lets it weigh like a lead paragraph.
  const title = article.title ? contentTerms(article.title, article.language) : [];
  // The lead sentence states the event ("Klitschko stopped Thompson in the sixth round"): its words count once more.
  const lead = article.sentences[0] ? contentTerms(article.sentences[0].text, article.language) : [];
  for (const t of [...body, ...title, ...title, ...lead]) counts.set(t, (counts.get(t) ?? 0) + 1);

  const entities = new Map<string, ProfileEntity>();
  for (const e of article.annotations.entities) {
    const key = entityKey(e);
    if (!key) continue;
    const names = e.mentions.filter((m) => m.kind === 'name').length;
    if (names === 0) continue;
    const prev = entities.get(key);
    if (prev) prev.count += names;
    else entities.set(key, { key, name: e.name, type: e.type, count: names, ...(isEventName(e.name) ? { event: true } : {}) });
  }
  const published = article.published && /^\d{4}-\d{2}-\d{2}/.test(article.published) ? article.published.slice(0, 10) : null;
  return {
    articleId: article.id,
    outlet: article.outlet,
    wire: article.wire,
    published,
    dateline: article.dateline ? article.dateline.toUpperCase() : null,
    terms: [...counts],
    entities: [...entities.values()],
    ...datesOf(article),
    quotes: quoteKeys(article),
    length: body.length,
  };
}
