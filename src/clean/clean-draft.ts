// The cleaning stage: turns a reader's draft into clean story text plus metadata, recording every
// piece it takes out and why. Steps, in order:
//   1. split paragraphs; 2. cut edge widgets; 3. drop chrome lines (patterns); 4. read metadata lines;
//   5. mark lines the corpus shows to be boilerplate; 6. drop a promo's headline; 7. drop outlet
//   sign-offs at the end, then the marked lines; 8. read a headline; 9. read the dateline of the
//   first story paragraph; 10. mark sub-headings; 11. settle the metadata.
import { removalOf } from '../core/removal-reasons.js';
import type { ArticleDraft, Heading } from '../core/types.js';
import { EMPTY_EVIDENCE, corpusKeys, findRecurrence, type BoilerplateEvidence } from './boilerplate-evidence.js';
import { namedPlaces, readDateline } from './dateline.js';
import { at, dropPromoHeadlines, dropSignOffs, type Block, type Cut } from './edge-blocks.js';
import { isStandaloneHeading, readMarkdownHeading, splitRunInHeading } from './headings.js';
import { PROMO_CODES, cutEdgeWidgets, matchJunkLine } from './junk-lines.js';
import { detectLanguage } from './language.js';
import { readMetadataLine } from './metadata-lines.js';
import { outletFromNamingLine } from './outlet-cues.js';
import { normaliseLine, splitParagraphs, unwrapEmphasis } from './paragraphs.js';
import { settleMetadata, type TextCues } from './settle-metadata.js';
import { readTitleLine } from './title.js';
import type { CleanedArticle } from './types.js';

/** How far from the ends of a body metadata (bylines, bare dates) and sign-offs are looked for. */
const EDGE = 3;

/** A sentence has 4+ words and closing punctuation; "Read the full article here" has none. */
const isSentenceLike = (s: string): boolean => s.split(/\s+/).length >= 4 && /[.!?…]["”’)]*$/u.test(s);

export function cleanDraft(draft: ArticleDraft, evidence: BoilerplateEvidence = EMPTY_EVIDENCE): CleanedArticle {
  const knownHeadings = new Set(draft.headings.map(normaliseLine));
  const paragraphs = splitParagraphs(draft.body, knownHeadings);
  const keys = corpusKeys(draft);
  const cuts: Cut[] = [];
  const cues: TextCues = {
    published: null, author: null, signOff: null, promos: [], copyrights: [], wire: null, named: null, origin: null,
  };
  /** Chrome lines removed, as matched: they may name the outlet or vouch for a sign-off. */
  const chrome: string[] = [];
  /** Paragraphs removed whole as promos: a short line right above one is its headline. */
  const promoParagraphs = new Set<number>();
  let blocks: Block[] = [];

  paragraphs.forEach((paragraph, i) => {
    if (knownHeadings.has(paragraph)) {
      blocks.push({ text: paragraph, heading: true, at: at(i) });
      return;
    }
    const { kept, keptOffset: offset, cuts: widgetCuts } = cutEdgeWidgets(paragraph);
    for (const c of widgetCuts) cuts.push({ text: c.text, why: { code: c.code }, at: at(i, c.offset) });
    let text = kept;
    if (text === '') return;

    // "*This article first appeared in …*": Markdown emphasis hides nothing from the patterns.
    const bare = unwrapEmphasis(text);
    const junk = matchJunkLine(bare);
    if (junk) {
      cuts.push({ text, why: { code: junk }, at: at(i, offset) });
      chrome.push(bare);
      if (junk === 'newsletter-promo') cues.promos.push(bare);
      if (junk === 'copyright-line') cues.copyrights.push(bare);
      if (PROMO_CODES.has(junk) && text === paragraph) promoParagraphs.add(i);
      const named = outletFromNamingLine(bare, evidence.knownOutlets);
      if (named?.role === 'own') cues.named ??= named.name;
      if (named?.role === 'origin') cues.origin ??= named.name;
      return;
    }

    // Before the story starts (at most a headline kept so far) a date line may carry the first
    // sentence; near either end a line may be a byline or a bare date.
    const atTop = i <= EDGE && blocks.filter((b) => !b.recurs).length <= 1;
    const atEdge = i <= EDGE + 1 || i >= paragraphs.length - EDGE;
    const meta = readMetadataLine(text, { atTop, atEdge });
    if (meta) {
      for (const piece of meta.pieces) {
        cuts.push({ text: piece.text, why: { code: piece.code }, at: at(i, offset + text.indexOf(piece.text)) });
        if (piece.kind === 'byline') cues.author ??= piece.value;
        else if (piece.value && (piece.kind === 'published' || (piece.kind === 'date' && atTop))) {
          cues.published ??= piece.value;
        }
      }
      if (meta.rest === '') return;
      text = meta.rest;
      blocks.push({ text, heading: false, at: at(i, offset + meta.restOffset) });
      return;
    }
    const whole = text === paragraph;

    // Corpus evidence: lines without sentence structure anywhere; sentence-like lines only at the
    // edges and only when three different articles share them, because two articles of one outlet
    // can share a stock sentence ("He declined to comment.") that is still story text.
    const edge = i < 2 || i >= paragraphs.length - EDGE;
    const recurrence = findRecurrence(evidence, keys, text);
    if (recurrence && (!isSentenceLike(text) || (edge && recurrence.count >= 3))) {
      const group = recurrence.key.replace(':', ' ');
      blocks.push({ text, heading: false, at: at(i, offset), whole, recurs: { code: 'recurring-line', count: recurrence.count, group } });
      return;
    }
    blocks.push({ text, heading: false, at: at(i, offset), whole });
  });

  blocks = dropPromoHeadlines(blocks, cuts, promoParagraphs);
  // Lines that recur across the group are chrome too, and may name the outlet a sign-off names.
  const recurring = blocks.flatMap((b) => (b.recurs ? [b.text] : []));
  blocks = dropSignOffs(blocks, cuts, cues, { knownOutlets: evidence.knownOutlets, chrome: [...chrome, ...recurring] });
  blocks = blocks.filter((b) => {
    if (b.recurs) cuts.push({ text: b.text, why: b.recurs, at: b.at });
    return !b.recurs;
  });
  const title = takeTitle(draft, blocks, cuts);
  // A Title-case dateline the lexicon lacks ("Springfield: …") counts when this article or two of
  // the batch name the place after "in": one other article alone could name anything.
  const ownPlaces = namedPlaces(draft.body);
  const isPlace = (p: string): boolean => ownPlaces.has(p) || (evidence.places.get(p) ?? 0) >= 2;
  const dateline = takeDateline(blocks, cuts, cues, isPlace);
  blocks = markHeadings(blocks);

  let text = '';
  const headings: Heading[] = [];
  for (const block of blocks) {
    if (text) text += '\n\n';
    if (block.heading) headings.push({ start: text.length, end: text.length + block.text.length, text: block.text });
    text += block.text;
  }
  const removed = [...draft.removed, ...cuts.sort((a, b) => a.at - b.at).map(({ text: t, why }) => removalOf(t, why))];
  return {
    text,
    removed,
    headings,
    ...settleMetadata(draft, cues, title),
    dateline,
    language: detectLanguage(text, draft.language),
  };
}

/** Step 8: the reader's headline repeated on top of the body, or a headline line of the text. */
function takeTitle(draft: ArticleDraft, blocks: Block[], cuts: Cut[]): string | null {
  const first = blocks[0];
  if (!first || first.heading) return null;
  const markdown = readMarkdownHeading(first.text);
  const line = markdown?.level === 1 ? markdown.text : first.text;
  if (draft.title) {
    // A body that is only its headline ("Esther Williams, swimming star, dies at 91") is the story:
    // removing the repeat would leave an article with no text at all.
    if (foldTitle(line) !== foldTitle(draft.title.value) || blocks.length === 1) return null;
    cuts.push({ text: first.text, why: { code: 'title-repeat' }, at: first.at });
    blocks.shift();
    return null;
  }
  const title = readTitleLine(first.text, blocks[1]?.text ?? null);
  if (!title) return null;
  cuts.push({ text: first.text, why: { code: 'title' }, at: first.at });
  blocks.shift();
  return title;
}

const foldTitle = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Step 9: "LINDOR/HOLMSTAD — Velsand and Karsland…" keeps the sentence and records the place. It is
 * read on the first story paragraph: promos, metadata and the headline above it are gone by now.
 */
function takeDateline(blocks: Block[], cuts: Cut[], cues: TextCues, isPlace: (place: string) => boolean): string | null {
  const first = blocks[0];
  if (!first || first.heading) return null;
  const dateline = readDateline(first.text, isPlace);
  if (!dateline) return null;
  cuts.push({ text: dateline.text, why: dateline.wire ? { code: 'dateline-wire-credit', wire: dateline.wire } : { code: 'dateline' }, at: first.at });
  cues.wire = dateline.wire;
  first.text = first.text.slice(dateline.restOffset);
  first.at += dateline.restOffset;
  return dateline.place;
}

/** Step 10: Markdown headings, stand-alone heading lines and run-in labels (never the first block). */
function markHeadings(blocks: Block[]): Block[] {
  const out: Block[] = [];
  blocks.forEach((block, i) => {
    if (block.heading || i === 0) {
      out.push(block);
      return;
    }
    const markdown = readMarkdownHeading(block.text);
    if (markdown) {
      out.push({ ...block, text: markdown.text, heading: true });
      return;
    }
    const previous = blocks[i - 1]?.text ?? null;
    const next = blocks[i + 1]?.text ?? null;
    if (isStandaloneHeading(block.text, previous, next)) {
      out.push({ ...block, heading: true });
      return;
    }
    const runIn = splitRunInHeading(block.text);
    if (runIn) {
      out.push({ text: runIn.heading, heading: true, at: block.at });
      out.push({ text: block.text.slice(runIn.restOffset), heading: false, at: block.at + runIn.restOffset });
      return;
    }
    out.push(block);
  });
  return out;
}
