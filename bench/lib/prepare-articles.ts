// Turns invented news items (the scale stream's, or a property test's) into Articles the way ingest does:
// each outlet's items become one JSONL file read by the real reader (draft), boilerplate evidence is
// gathered over the batch, and assembleArticle cleans, splits and annotates each draft. Near-copies are
// linked to the article they copy, as the stories stage's near-duplicate links would be.
import type { Article } from '../../src/core/types.js';
import { gatherBoilerplateEvidence } from '../../src/clean/index.js';
import { readBuffer } from '../../src/ingest/index.js';
import { assembleArticle } from '../../src/services/assemble-article.js';
import type { DossierInput } from '../../src/services/build-dossier.js';
import type { DuplicateLink } from '../../src/store/index.js';

/** What a news item says before ingest: the raw record an outlet's feed would carry. */
export interface RawItem {
  id: string;
  title: string | null;
  /** The body; a dateline, when there is one, is put in front of it as "CITY — ", as outlets print it. */
  text: string;
  published: string | null;
  outlet: string | null;
  dateline: string | null;
  /** The item this one is a near-copy of, or null. */
  copyOf: string | null;
}

export interface PreparedArticles {
  /** One input per distinct article, in item order. */
  inputs: DossierInput[];
  /** Item id → the id of the article it became (exact copies share their original's article). */
  articleOf: Map<string, string>;
  /** Copy article id → its link to the article it copies (similarity 1: planted, not measured). */
  duplicates: Map<string, DuplicateLink>;
  /** Items whose body was identical to an earlier one: ingest stores them as one article with two sources. */
  exactCopies: number;
  /** Items ingest would refuse (nothing left after cleaning), with the reason. */
  dropped: { id: string; reason: string }[];
}

const COPY_REASON = 'planted near-copy (the stream says which item it copies)';

function record(item: RawItem): Record<string, string> {
  const rec: Record<string, string> = { id: item.id, text: item.dateline ? `${item.dateline} — ${item.text}` : item.text };
  if (item.title) rec['title'] = item.title;
  if (item.published) rec['published'] = item.published;
  if (item.outlet) rec['source'] = item.outlet;
  return rec;
}

export function prepareArticles(items: readonly RawItem[], ingestedAt: string): PreparedArticles {
  // One JSONL "feed" per outlet: the reader's group is the file, as when a user ingests per-outlet exports.
  const feeds = new Map<string, RawItem[]>();
  for (const item of items) {
    const key = item.outlet ?? '(no outlet)';
    feeds.set(key, [...(feeds.get(key) ?? []), item]);
  }
  const drafts = [];
  for (const [outlet, feed] of feeds) {
    const name = `${outlet.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.jsonl`;
    const bytes = Buffer.from(feed.map((i) => JSON.stringify(record(i))).join('\n') + '\n', 'utf8');
    for (const read of readBuffer(bytes, name)) {
      if ('error' in read) throw new Error(`prepare-articles: the reader refused ${read.input}: ${read.error.message}`);
      drafts.push(read.draft);
    }
  }
  const evidence = gatherBoilerplateEvidence(drafts);
  const built = new Map<string, Article>();
  for (const draft of drafts) built.set(draft.sourceId!, assembleArticle(draft, evidence, ingestedAt));

  const inputs = new Map<string, DossierInput>();
  const articleOf = new Map<string, string>();
  const dropped: PreparedArticles['dropped'] = [];
  let exactCopies = 0;
  for (const item of items) {
    const article = built.get(item.id)!;
    if (article.sentences.length === 0) {
      dropped.push({ id: item.id, reason: 'no story text left after cleaning' });
      continue;
    }
    articleOf.set(item.id, article.id);
    const input = `${item.outlet ?? 'unknown'}#${item.id}`;
    const existing = inputs.get(article.id);
    if (existing) {
      exactCopies++;
      existing.sources.push(input);
    } else inputs.set(article.id, { article, sources: [input] });
  }
  const duplicates = new Map<string, DuplicateLink>();
  for (const item of items) {
    const copy = articleOf.get(item.id);
    const canonical = item.copyOf === null ? undefined : articleOf.get(item.copyOf);
    if (copy === undefined || canonical === undefined || copy === canonical) continue;
    duplicates.set(copy, { articleId: copy, canonicalId: canonical, similarity: 1, reason: COPY_REASON });
  }
  return { inputs: [...inputs.values()], articleOf, duplicates, exactCopies, dropped };
}
