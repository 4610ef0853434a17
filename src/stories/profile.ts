// Reduces an annotated article to what story clustering compares: content-word counts, named entities,
// the dates it says things happened, quotes, outlet, dateline. Computed once per article, kept in memory.
import type { ArticleProfile, ProfileEntity } from '../core/stories.js';
import type { Article } from '../core/types.js';
import { eventNamesLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';
import { contentTerms, entityKey, foldedWords } from '../text/index.js';

const eventName = once(() => {
  const { prefixes, suffixes } = eventNamesLexicon();
  return new RegExp(`^(?:the )?(?:(?:${prefixes.join('|')}) \\S|.+ (?:${suffixes.join('|')})$)`, 'i');
});

/** Whether a name names one event ("Storm Ottilie", "the Lindor Summit"), not a person, place or body. */
export function isEventName(name: string): boolean {
  return name.split(/\s+/).length >= 2 && eventName().test(name);
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
    const words = foldedWords(q.text);
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
