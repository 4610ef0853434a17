// The cleaning stage: turns a reader's draft into clean story text plus metadata, recording every
// piece it takes out and why. Steps, in order:
//   1. split paragraphs; 2. cut edge widgets; 3. drop chrome lines (patterns); 4. read metadata lines;
//   5. drop lines the corpus shows to be boilerplate; 6. drop an outlet sign-off at the end;
//   7. read a headline; 8. read the dateline; 9. mark sub-headings; 10. settle the metadata.
import type { ArticleDraft, Heading, Removal } from '../core/types.js';
import { EMPTY_EVIDENCE, corpusKeys, findRecurrence, type BoilerplateEvidence } from './boilerplate-evidence.js';
import { readDateline } from './dateline.js';
import { isStandaloneHeading, readMarkdownHeading, splitRunInHeading } from './headings.js';
import { cutEdgeWidgets, matchJunkLine } from './junk-lines.js';
import { detectLanguage } from './language.js';
import { readMetadataLine } from './metadata-lines.js';
import { outletFromSignOff } from './outlet-cues.js';
import { normaliseLine, splitParagraphs } from './paragraphs.js';
import { settleMetadata, type TextCues } from './settle-metadata.js';
import { readTitleLine } from './title.js';
import type { CleanedArticle } from './types.js';

interface Block {
  text: string;
  heading: boolean;
  /** Order key: paragraph index, then offset in the paragraph. */
  at: number;
}

interface Cut extends Removal {
  at: number;
}

const at = (paragraph: number, offset = 0): number => paragraph * 100_000 + offset;
/** How far from the ends of a body metadata (bylines, bare dates) and sign-offs are looked for. */
const EDGE = 3;

/** A sentence has 4+ words and closing punctuation; "Read the full article here" has none. */
const isSentenceLike = (s: string): boolean => s.split(/\s+/).length >= 4 && /[.!?…]["”’)]*$/u.test(s);

export function cleanDraft(draft: ArticleDraft, evidence: BoilerplateEvidence = EMPTY_EVIDENCE): CleanedArticle {
  const knownHeadings = new Set(draft.headings.map(normaliseLine));
  const paragraphs = splitParagraphs(draft.body, knownHeadings);
  const keys = corpusKeys(draft);
  const cuts: Cut[] = [];
  const cues: TextCues = { published: null, author: null, signOff: null, promos: [], copyrights: [], wire: null };
  let blocks: Block[] = [];

  paragraphs.forEach((paragraph, i) => {
    if (knownHeadings.has(paragraph)) {
      blocks.push({ text: paragraph, heading: true, at: at(i) });
      return;
    }
    const { kept, keptOffset: offset, cuts: widgetCuts } = cutEdgeWidgets(paragraph);
    for (const c of widgetCuts) cuts.push({ text: c.text, reason: c.reason, at: at(i, c.offset) });
    let text = kept;
    if (text === '') return;

    const junk = matchJunkLine(text);
    if (junk) {
      cuts.push({ text, reason: junk, at: at(i, offset) });
      if (junk === 'boilerplate: newsletter promo') cues.promos.push(text);
      if (junk === 'boilerplate: copyright line') cues.copyrights.push(text);
      return;
    }

    // Before the story starts (at most a headline kept so far) a date line may carry the first
    // sentence; near either end a line may be a byline or a bare date.
    const atTop = i <= EDGE && blocks.length <= 1;
    const atEdge = i <= EDGE + 1 || i >= paragraphs.length - EDGE;
    const meta = readMetadataLine(text, { atTop, atEdge });
    if (meta) {
      for (const piece of meta.pieces) {
        cuts.push({ text: piece.text, reason: piece.reason, at: at(i, offset + text.indexOf(piece.text)) });
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

    // Corpus evidence: lines without sentence structure anywhere; sentence-like lines only at the
    // edges and only when three different articles share them, because two articles of one outlet
    // can share a stock sentence ("He declined to comment.") that is still story text.
    const edge = i < 2 || i >= paragraphs.length - EDGE;
    const recurrence = findRecurrence(evidence, keys, text);
    if (recurrence && (!isSentenceLike(text) || (edge && recurrence.count >= 3))) {
      const group = recurrence.key.replace(':', ' ');
      cuts.push({ text, reason: `boilerplate: recurs in ${recurrence.count} articles of ${group}`, at: at(i, offset) });
      return;
    }
    blocks.push({ text, heading: false, at: at(i, offset) });
  });

  blocks = dropSignOffs(blocks, cuts, cues);
  const title = takeTitle(draft, blocks, cuts);
  const dateline = takeDateline(blocks, cuts, cues);
  blocks = markHeadings(blocks);

  let text = '';
  const headings: Heading[] = [];
  for (const block of blocks) {
    if (text) text += '\n\n';
    if (block.heading) headings.push({ start: text.length, end: text.length + block.text.length, text: block.text });
    text += block.text;
  }
  const removed = [...draft.removed, ...cuts.sort((a, b) => a.at - b.at).map(({ text: t, reason }) => ({ text: t, reason }))];
  return {
    text,
    removed,
    headings,
    ...settleMetadata(draft, cues, title),
    dateline,
    language: detectLanguage(text, draft.language),
  };
}

/** Step 6: "News.Az" alone at the end of seed 002 names the outlet and is not story text. */
function dropSignOffs(blocks: Block[], cuts: Cut[], cues: TextCues): Block[] {
  const out = [...blocks];
  for (let n = 0; n < 2 && out.length > 1; n += 1) {
    const last = out[out.length - 1];
    const outlet = last && !last.heading ? outletFromSignOff(last.text) : null;
    if (!last || !outlet) break;
    cuts.push({ text: last.text, reason: `boilerplate: outlet sign-off`, at: last.at });
    cues.signOff ??= outlet;
    out.pop();
  }
  return out;
}

/** Step 7: the reader's headline repeated on top of the body, or a headline line of the text. */
function takeTitle(draft: ArticleDraft, blocks: Block[], cuts: Cut[]): string | null {
  const first = blocks[0];
  if (!first || first.heading) return null;
  const markdown = readMarkdownHeading(first.text);
  const line = markdown?.level === 1 ? markdown.text : first.text;
  if (draft.title) {
    if (foldTitle(line) !== foldTitle(draft.title.value)) return null;
    cuts.push({ text: first.text, reason: 'metadata: title (repeats the headline)', at: first.at });
    blocks.shift();
    return null;
  }
  const title = readTitleLine(first.text, blocks[1]?.text ?? null);
  if (!title) return null;
  cuts.push({ text: first.text, reason: 'metadata: title', at: first.at });
  blocks.shift();
  return title;
}

const foldTitle = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Step 8: "BEIJING/LONDON — China and Britain…" keeps the sentence and records the place. */
function takeDateline(blocks: Block[], cuts: Cut[], cues: TextCues): string | null {
  const first = blocks[0];
  if (!first || first.heading) return null;
  const dateline = readDateline(first.text);
  if (!dateline) return null;
  const reason = dateline.wire ? `metadata: dateline with wire credit (${dateline.wire})` : 'metadata: dateline';
  cuts.push({ text: dateline.text, reason, at: first.at });
  cues.wire = dateline.wire;
  first.text = first.text.slice(dateline.restOffset);
  first.at += dateline.restOffset;
  return dateline.place;
}

/** Step 9: Markdown headings, stand-alone heading lines and run-in labels (never the first block). */
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
