// The quote ledger as a specification: one entry per quoted statement however many outlets carry it,
// each outlet's version compared with the fullest, copies counted once, evidence in whole sentences.
// First on the sample corpus's planted shared quotes (examples/README.md, discrepancies 6–8), then on
// small invented articles for the rules the corpus does not exercise.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Quote } from '../core/annotations.js';
import type { CrossCheckArticle, QuoteLedgerEntry } from '../core/crosscheck.js';
import { joinSentences } from '../../test/support/annotated-article.js';
import { makeArticle } from '../../test/support/make-article.js';
import { sampleStories, type SampleStories } from '../../test/support/sample-stories.js';
import { buildQuoteLedger, sameSpeaker } from './quote-ledger.js';

describe('buildQuoteLedger on the sample ferry story (json/meridian-wire.jsonl#1)', () => {
  let corpus: SampleStories;
  let story: CrossCheckArticle[];
  let ledger: QuoteLedgerEntry[];
  beforeAll(async () => {
    corpus = await sampleStories();
    story = corpus.storyOf('json/meridian-wire.jsonl#1');
    ledger = buildQuoteLedger(story);
  });

  const id = (key: string): string => corpus.byKey.get(key)!.id;
  const carrying = (words: string): QuoteLedgerEntry[] => ledger.filter((e) => e.variants.some((v) => v.text.includes(words)));
  const relations = (e: QuoteLedgerEntry): Record<string, string> => Object.fromEntries(e.variants.map((v) => [v.outlet, v.relation]));

  it('records Strand’s three-sentence quote once: the wire in full, The Harbour Ledger trimmed, the Valeport Post copy the same', () => {
    const entries = carrying('ties our two coasts together for a generation');
    expect(entries).toHaveLength(1);
    const strand = entries[0]!;
    expect(strand.speaker).toBe('Anneli Strand');
    expect(strand.text).toBe(
      'This agreement ties our two coasts together for a generation. It is not a favour from one government to another. It is a bet on the people who work these waters',
    );
    expect(relations(strand)).toEqual({ 'Meridian Wire': 'full', 'The Harbour Ledger': 'trimmed', 'Valeport Post': 'same' });
    expect(strand.variants.find((v) => v.relation === 'trimmed')!.text).toBe('This agreement ties our two coasts together for a generation');
    expect(strand.outlets).toEqual(['Meridian Wire', 'Valeport Post', 'The Harbour Ledger']);
    // The Valeport Post re-posts the wire: one voice.
    expect(strand.sources).toEqual(['Meridian Wire', 'The Harbour Ledger']);
    expect(strand.first).toEqual({ articleId: id('json/meridian-wire.jsonl#1'), outlet: 'Meridian Wire', published: '2026-03-03T16:40:00Z' });
    expect(strand.evidence).toContainEqual({
      articleId: id('text/harbour-ledger-ferry-pact.txt'),
      sentence: '“This agreement ties our two coasts together for a generation,” Strand said.',
      sentenceIndex: 3,
    });
  });

  it('counts Fenwick’s quote for Meridian Wire and Coastline Daily, the wire copy adding no source', () => {
    const entries = carrying('Port Elan has waited a long time for this day');
    expect(entries).toHaveLength(1);
    const fenwick = entries[0]!;
    // Meridian Wire gives the speaker as “he said” after a sentence naming him; the annotator resolves it.
    expect(fenwick.speaker).toBe('Dario Fenwick');
    expect(relations(fenwick)).toEqual({ 'Meridian Wire': 'full', 'Valeport Post': 'same', 'Coastline Daily': 'same' });
    expect(fenwick.sources).toEqual(['Meridian Wire', 'Coastline Daily']);
    expect(fenwick.first?.outlet).toBe('Meridian Wire');
  });

  it('joins Edda Marsh’s quote across Northgate Times and Lindor Observer, whose further quoted sentences make it the fullest', () => {
    const entries = carrying('Nobody has told us what Velsand pays for the road');
    expect(entries).toHaveLength(1);
    const marsh = entries[0]!;
    expect(marsh.speaker).toBe('Edda Marsh');
    expect(relations(marsh)).toEqual({ 'Northgate Times': 'trimmed', 'Lindor Observer': 'full' });
    expect(marsh.text).toContain('it should not have signed');
    expect(marsh.sources).toEqual(['Northgate Times', 'Lindor Observer']);
    expect(marsh.first).toEqual({ articleId: id('html/northgate-times-ferry-agreement.html'), outlet: 'Northgate Times', published: '2026-03-04T07:30:00+01:00' });
    // The continuation is its own sentence in the Lindor Observer: both sentences are evidence, whole.
    const lindor = marsh.evidence.filter((e) => e.articleId === id('json/lindor-observer.json#1'));
    expect(lindor.map((e) => e.sentenceIndex)).toEqual([3, 4]);
    expect(lindor[1]!.sentence).toBe('“If the government knows the figure, it should publish it. If it does not know it, it should not have signed.”');
  });

  it('lists the three shared quotes first, then the quotes one source carries', () => {
    expect(ledger.slice(0, 3).map((e) => e.speaker)).toEqual(['Anneli Strand', 'Dario Fenwick', 'Edda Marsh']);
    expect(ledger.slice(3).every((e) => e.sources.length === 1)).toBe(true);
  });

  it('keeps one source’s quotes single-source, with a first outlet only when two carriers’ times differ', () => {
    const okoro = carrying('We will be ready for the first ship')[0]!;
    expect(okoro.sources).toEqual(['Meridian Wire']);
    expect(okoro.first?.outlet).toBe('Meridian Wire');
    const halloran = carrying('We have done the hard part')[0]!;
    expect(halloran.variants).toHaveLength(1);
    expect(halloran.first).toBeNull();
  });

  it('leaves out scare quotes without a speaker', () => {
    expect(carrying('in due course')).toEqual([]);
  });

  it('quotes as evidence only whole sentences of the articles, in every sample story', () => {
    for (const s of corpus.stories) {
      const byId = new Map(s.map((m) => [m.article.id, m.article]));
      for (const entry of buildQuoteLedger(s)) {
        expect(entry.evidence.length).toBeGreaterThan(0);
        for (const e of entry.evidence) expect(byId.get(e.articleId)!.sentences[e.sentenceIndex]!.text).toBe(e.sentence);
        expect(entry.variants.filter((v) => v.relation === 'full')).toHaveLength(1);
      }
    }
  });
});

/** An invented article: sentences joined by spaces, with the given quotes found in the text. */
function article(
  id: string,
  outlet: string,
  published: string | null,
  sentences: string[],
  quotes: { text: string; speaker: string | null; kind?: Quote['kind']; cue?: string }[],
): CrossCheckArticle {
  const { text, spans } = joinSentences(sentences);
  let from = 0;
  const annotated: Quote[] = quotes.map((q) => {
    const start = text.indexOf(q.text, from);
    if (start < 0) throw new Error(`quote not in text: ${q.text}`);
    from = start + q.text.length;
    return {
      text: q.text,
      start,
      end: from,
      speaker: q.speaker,
      speakerId: null,
      cue: q.cue ? { start: text.indexOf(q.cue), end: text.indexOf(q.cue) + q.cue.length, text: q.cue } : null,
      kind: q.kind ?? 'direct',
      sentence: spans.findIndex((s) => s.start <= start && start < s.end),
    };
  });
  const base = makeArticle();
  return {
    article: makeArticle({ id, outlet, published, text, sentences: spans, annotations: { ...base.annotations, quotes: annotated } }),
    source: outlet,
    copyOf: null,
    dateInferred: false,
  };
}

describe('buildQuoteLedger rules', () => {
  it('matches a family name with the full name, titles aside, but not another person of that family', () => {
    expect(sameSpeaker('Strand', 'Anneli Strand')).toBe(true);
    expect(sameSpeaker('Ms Strand', 'Anneli Strand')).toBe(true);
    expect(sameSpeaker('Erik Strand', 'Anneli Strand')).toBe(false);
    expect(sameSpeaker(null, null)).toBe(true);
    expect(sameSpeaker(null, 'Anneli Strand')).toBe(false);

    const a = article('a1', 'Outlet A', '2026-03-03T10:00:00Z', ['“The bridge will open in May,” said Anneli Strand.'], [{ text: 'The bridge will open in May', speaker: 'Anneli Strand' }]);
    const b = article('b1', 'Outlet B', '2026-03-03T12:00:00Z', ['“The bridge will open in May,” Strand said.'], [{ text: 'The bridge will open in May', speaker: 'Strand' }]);
    const c = article('c1', 'Outlet C', '2026-03-03T13:00:00Z', ['“The bridge will open in May,” said Erik Strand.'], [{ text: 'The bridge will open in May', speaker: 'Erik Strand' }]);
    const ledger = buildQuoteLedger([a, b, c]);
    expect(ledger.map((e) => [e.speaker, e.outlets])).toEqual([
      ['Anneli Strand', ['Outlet A', 'Outlet B']],
      ['Erik Strand', ['Outlet C']],
    ]);
  });

  it('keeps a quote nobody is named for apart from the same words with a speaker', () => {
    const a = article('a1', 'Outlet A', null, ['“We will rebuild the pier,” said Joran Pike.'], [{ text: 'We will rebuild the pier', speaker: 'Joran Pike' }]);
    const b = article('b1', 'Outlet B', null, ['“We will rebuild the pier,” a sign read.'], [{ text: 'We will rebuild the pier', speaker: null, cue: 'a sign read' }]);
    expect(buildQuoteLedger([a, b]).map((e) => e.speaker)).toEqual(['Joran Pike', null]);
  });

  // Issue 13: an outlet's "he said" that names no one is still the same statement another outlet attributes.
  const unnamed: [string, string, string | undefined, string[]][] = [
    ['a quote after an unresolved "he said" joins the named speaker’s', '“We will rebuild the pier, and soon,” he said.', 'he said', ['b1', 'a1']],
    ['a quote standing alone joins the named speaker’s longer version', '“We will rebuild the pier.”', undefined, ['b1', 'a1']],
  ];
  it.each(unnamed)('%s', (_label, sentence, cue, articles) => {
    const a = article('a1', 'Outlet A', null, ['“We will rebuild the pier, and soon, with local crews,” said Joran Pike.'], [{ text: 'We will rebuild the pier, and soon, with local crews', speaker: 'Joran Pike' }]);
    const text = /“(.*?)[,.]?”/.exec(sentence)![1]!;
    const b = article('b1', 'Outlet B', null, [sentence], [{ text, speaker: null, cue }]);
    const entries = buildQuoteLedger([b, a]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.speaker).toBe('Joran Pike');
    expect(entries[0]!.variants.map((v) => v.articleId).sort()).toEqual([...articles].sort());
  });

  it('never joins a named speaker’s words to an unnamed paraphrase, nor two words alone', () => {
    const a = article('a1', 'Outlet A', null, ['“Rebuild it,” said Joran Pike.'], [{ text: 'Rebuild it', speaker: 'Joran Pike' }]);
    const b = article('b1', 'Outlet B', null, ['“Rebuild it.”'], [{ text: 'Rebuild it', speaker: null }]);
    expect(buildQuoteLedger([a, b])).toHaveLength(2);
  });

  it('takes "Mike" and "Michael" for one speaker', () => {
    expect(sameSpeaker('Mike Doran', 'Michael Doran')).toBe(true);
    expect(sameSpeaker('Mike Doran', 'Mark Doran')).toBe(false);
  });

  it('calls a quote cut at an ellipsis trimmed, and the same statement in other words paraphrased', () => {
    const full = 'The harbour will stay open through the winter and every crew will be paid in full';
    const a = article('a1', 'Outlet A', null, [`“${full},” said Maren Okoro.`], [{ text: full, speaker: 'Maren Okoro' }]);
    const b = article('b1', 'Outlet B', null, ['“The harbour will stay open … every crew will be paid,” Okoro said.'], [
      { text: 'The harbour will stay open … every crew will be paid', speaker: 'Okoro' },
    ]);
    const c = article('c1', 'Outlet C', null, ['“The harbour stays open all winter and crews get paid in full,” Okoro said.'], [
      { text: 'The harbour stays open all winter and crews get paid in full', speaker: 'Okoro' },
    ]);
    const [entry, ...rest] = buildQuoteLedger([a, b, c]);
    expect(rest).toEqual([]);
    expect(entry!.text).toBe(full);
    expect(entry!.speaker).toBe('Maren Okoro');
    expect(entry!.variants.map((v) => [v.outlet, v.relation])).toEqual([
      ['Outlet A', 'full'],
      ['Outlet B', 'trimmed'],
      ['Outlet C', 'paraphrased'],
    ]);
  });

  it('keeps two different statements of one speaker apart', () => {
    const a = article('a1', 'Outlet A', null, ['“We will be ready for the first ship,” said Maren Okoro.'], [{ text: 'We will be ready for the first ship', speaker: 'Maren Okoro' }]);
    const b = article('b1', 'Outlet B', null, ['“Quay 4 was built for ships half the size,” said Maren Okoro.'], [
      { text: 'Quay 4 was built for ships half the size', speaker: 'Maren Okoro' },
    ]);
    expect(buildQuoteLedger([a, b])).toHaveLength(2);
  });

  it('never lets a word or two another outlet quotes glue two statements of one article together', () => {
    const a = article('a1', 'Outlet A', null, ['“Someone played a prank on the harbour board,” said Maren Okoro.', 'Reporters asked again.', '“It was a prank, nothing more,” Okoro said.'], [
      { text: 'Someone played a prank on the harbour board', speaker: 'Maren Okoro' },
      { text: 'It was a prank, nothing more', speaker: 'Okoro' },
    ]);
    const b = article('b1', 'Outlet B', null, ['Okoro called it a “prank” on Tuesday.'], [{ text: 'prank', speaker: 'Okoro' }]);
    const ledger = buildQuoteLedger([a, b]);
    expect(ledger.map((e) => e.text).sort()).toEqual(['It was a prank, nothing more', 'Someone played a prank on the harbour board']);
    // The fragment still joins one of them.
    expect(ledger.map((e) => e.outlets.length).sort()).toEqual([1, 2]);
  });

  it('joins consecutive quotes of one speaker into one statement that extends a shorter report of it', () => {
    const a = article(
      'a1',
      'Outlet A',
      '2026-03-05T10:00:00Z',
      ['Critics spoke up.', '“Nobody has priced the road,” said Edda Marsh.', '“The government should publish the figure.”', 'The ministry said it would.'],
      [
        { text: 'Nobody has priced the road', speaker: 'Edda Marsh' },
        { text: 'The government should publish the figure.', speaker: 'Edda Marsh' },
      ],
    );
    const b = article('b1', 'Outlet B', '2026-03-04T06:30:00Z', ['“Nobody has priced the road,” Marsh said.'], [{ text: 'Nobody has priced the road', speaker: 'Marsh' }]);
    const [entry, ...rest] = buildQuoteLedger([a, b]);
    expect(rest).toEqual([]);
    expect(entry!.text).toBe('Nobody has priced the road … The government should publish the figure.');
    expect(entry!.variants.map((v) => [v.outlet, v.relation])).toEqual([
      ['Outlet B', 'trimmed'],
      ['Outlet A', 'full'],
    ]);
    expect(entry!.evidence.map((e) => [e.articleId, e.sentenceIndex])).toEqual([
      ['b1', 0],
      ['a1', 1],
      ['a1', 2],
    ]);
    expect(entry!.first?.articleId).toBe('b1');
  });

  // Issue 13: two outlets that each join a shared quote to different ones share that quote, not the rest.
  const shared: [label: string, a: [string, string][], b: [string, string][], expected: [string, string[]][]][] = [
    ['a quote one outlet joins to another, the other outlet extends: the shared quote is one entry of both',
      [['“This is not about every crew,” said Edda Marsh.', 'This is not about every crew'], ['“Crews should sail.”', 'Crews should sail.']],
      [['“Crews should sail, but a trained few could stand guard,” Marsh said.', 'Crews should sail, but a trained few could stand guard']],
      [['Crews should sail, but a trained few could stand guard', ['a1', 'b1']], ['This is not about every crew', ['a1']]]],
    ['both outlets join the shared quote to different ones',
      [['“You know I will not talk about the pier,” said Edda Marsh.', 'You know I will not talk about the pier'], ['“This is the tactic of my critics.”', 'This is the tactic of my critics.']],
      [['“I will not talk about the pier,” Marsh said.', 'I will not talk about the pier'], ['“If someone heckled me at a speech, I would not answer.”', 'If someone heckled me at a speech, I would not answer.']],
      [['You know I will not talk about the pier', ['a1', 'b1']], ['This is the tactic of my critics.', ['a1']], ['If someone heckled me at a speech, I would not answer.', ['b1']]]],
    ['a two-word quote shared is too little to split the statements',
      [['“Not yet,” said Edda Marsh.', 'Not yet'], ['“The pier is not ready.”', 'The pier is not ready.']],
      [['“Not yet,” Marsh said.', 'Not yet'], ['“The quay needs another month.”', 'The quay needs another month.']],
      [['Not yet … The pier is not ready.', ['a1']], ['Not yet … The quay needs another month.', ['b1']]]],
  ];
  it.each(shared)('%s', (_label, aQuotes, bQuotes, expected) => {
    const make = (id: string, outlet: string, quotes: [string, string][], speaker: string): CrossCheckArticle =>
      article(id, outlet, null, quotes.map(([sentence]) => sentence), quotes.map(([, text]) => ({ text, speaker })));
    const entries = buildQuoteLedger([make('a1', 'Outlet A', aQuotes, 'Edda Marsh'), make('b1', 'Outlet B', bQuotes, 'Marsh')]);
    expect(entries.map((e) => [e.text, e.variants.map((v) => v.articleId).sort()])).toEqual(expected);
  });

  it('does not join quotes of one speaker with other sentences between them', () => {
    const a = article(
      'a1',
      'Outlet A',
      null,
      ['“Nobody has priced the road,” said Edda Marsh.', 'The ministry disagreed.', '“The ferry will still be late,” Marsh added.'],
      [
        { text: 'Nobody has priced the road', speaker: 'Edda Marsh' },
        { text: 'The ferry will still be late', speaker: 'Edda Marsh' },
      ],
    );
    expect(buildQuoteLedger([a]).map((e) => e.text)).toEqual(['Nobody has priced the road', 'The ferry will still be late']);
  });

  it('names a first outlet only when publication times tell; a bare date is its whole day', () => {
    const quoted = (id: string, outlet: string, published: string | null): CrossCheckArticle =>
      article(id, outlet, published, ['“The ferry is back,” said Dario Fenwick.'], [{ text: 'The ferry is back', speaker: 'Dario Fenwick' }]);
    const firstOf = (...members: CrossCheckArticle[]): string | null => buildQuoteLedger(members)[0]!.first?.articleId ?? null;

    expect(firstOf(quoted('a1', 'A', '2026-03-03T09:00:00Z'), quoted('b1', 'B', '2026-03-03T11:00:00+01:00'))).toBe('a1');
    expect(firstOf(quoted('a1', 'A', '2026-03-03T09:00:00Z'), quoted('b1', 'B', '2026-03-03T09:00:00Z'))).toBeNull();
    expect(firstOf(quoted('a1', 'A', '2026-03-03T09:00:00Z'), quoted('b1', 'B', null))).toBeNull();
    expect(firstOf(quoted('a1', 'A', '2026-03-03'), quoted('b1', 'B', '2026-03-03T22:00:00Z'))).toBeNull();
    expect(firstOf(quoted('a1', 'A', '2026-03-03'), quoted('b1', 'B', '2026-03-04T01:00:00Z'))).toBe('a1');
    const inferred = { ...quoted('a1', 'A', '2026-03-02'), dateInferred: true };
    expect(firstOf(inferred, quoted('b1', 'B', '2026-03-03T09:00:00Z'))).toBeNull();
  });

  it('shows one variant per article when an article repeats a quote, with every sentence it appears in', () => {
    const a = article(
      'a1',
      'Outlet A',
      null,
      ['“The ferry is back,” said Dario Fenwick.', 'Crowds cheered at the quay.', 'Fenwick repeated it: “The ferry is back.”'],
      [
        { text: 'The ferry is back', speaker: 'Dario Fenwick' },
        { text: 'The ferry is back.', speaker: 'Dario Fenwick' },
      ],
    );
    const [entry, ...rest] = buildQuoteLedger([a]);
    expect(rest).toEqual([]);
    expect(entry!.variants).toHaveLength(1);
    expect(entry!.evidence.map((e) => e.sentenceIndex)).toEqual([0, 2]);
  });

  it('counts a wire copy’s quote as the wire’s source', () => {
    const wire = article('w1', 'Meridian Wire', '2026-03-03T10:00:00Z', ['“The ferry is back,” said Dario Fenwick.'], [{ text: 'The ferry is back', speaker: 'Dario Fenwick' }]);
    const copy = { ...article('c1', 'Valeport Post', '2026-03-03T11:00:00Z', ['“The ferry is back,” Fenwick said.'], [{ text: 'The ferry is back', speaker: 'Fenwick' }]), source: 'Meridian Wire', copyOf: 'w1' };
    const [entry] = buildQuoteLedger([copy, wire]);
    expect(entry!.outlets).toEqual(['Meridian Wire', 'Valeport Post']);
    expect(entry!.sources).toEqual(['Meridian Wire']);
    expect(entry!.variants.find((v) => v.relation === 'full')!.articleId).toBe('w1');
  });
});

describe('buildQuoteLedger on quotes outside every sentence', () => {
  it('leaves out a quoted sub-heading (no sentence to cite), keeping the article’s other quotes', () => {
    // A real ECB+ page: the sub-heading "'Kind of a good question'" sits between paragraphs, in no sentence.
    const heading = "'Kind of a good question'";
    const body = ['Dairy farmers met in Palmer on Tuesday.', '"It is a long story," said Ed Fogel.'];
    const member = article('f1', 'Anchorage Daily', '2026-03-03', body, [{ text: 'It is a long story', speaker: 'Ed Fogel' }]);
    const text = `${member.article.text}\n\n${heading}`;
    const inHeading: Quote = { text: 'Kind of a good question', start: text.length - heading.length + 1, end: text.length - 1, speaker: null, speakerId: null, cue: null, kind: 'direct', sentence: -1 };
    const withHeading: CrossCheckArticle = {
      ...member,
      article: { ...member.article, text, headings: [{ start: text.length - heading.length, end: text.length, text: heading }], annotations: { ...member.article.annotations, quotes: [...member.article.annotations.quotes, inHeading] } },
    };
    const ledger = buildQuoteLedger([withHeading]);
    expect(ledger.map((e) => e.text)).toEqual(['It is a long story']);
    expect(ledger.every((e) => e.evidence.length > 0)).toBe(true);
  });
});

// Issue 13: an outlet quotes a piece of a named statement inside its own sentence, with no speaker the
// annotator can read. The piece joins the statement when it shares telling words with it, and only then.
describe('buildQuoteLedger: speakerless pieces of a named statement (quote-fragments.ts)', () => {
  const full = article('a1', 'Outlet A', null, ['Among its findings is that “armed staff add a layer of extra safety and cut response times,” Hale said.'], [
    { text: 'armed staff add a layer of extra safety and cut response times', speaker: 'Dana Hale', kind: 'fragment' },
  ]);
  type PieceRow = [string, string, string, boolean];
  const rows: PieceRow[] = [
    ['a piece sharing "layer of extra safety" joins, inside a longer phrase of its own', 'The report urged trained staff to provide “an important layer of extra safety in schools.”', 'an important layer of extra safety in schools.', true],
    ['a run of three words with one content word is no match ("a layer of")', 'It left “a layer of dust” on the hall.', 'a layer of dust', false],
    ['a piece sharing two words only stays out', 'Critics mocked the “response times” claim.', 'response times', false],
  ];
  it.each(rows)('%s', (_label, sentence, text, joins) => {
    const b = article('b1', 'Outlet B', null, [sentence], [{ text, speaker: null, kind: 'fragment' }]);
    const ledger = buildQuoteLedger([full, b]);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]!.outlets).toEqual(joins ? ['Outlet A', 'Outlet B'] : ['Outlet A']);
    expect(ledger[0]!.evidence.some((e) => e.articleId === 'b1')).toBe(joins);
  });

  it('joins a piece with a word inserted by its telling run, not by its longest one ("are alleged to be")', () => {
    const a = article('a1', 'Outlet A', null, ['He added that “this board includes 40 wardens who are alleged to be liars and victims.”'], [
      { text: 'this board includes 40 wardens who are alleged to be liars and victims.', speaker: 'Ivo Marsh', kind: 'fragment' },
    ]);
    const b = article('b1', 'Outlet B', null, ['He pointed to 40 wardens who “are alleged to be both liars and victims.”'], [{ text: 'are alleged to be both liars and victims.', speaker: null, kind: 'fragment' }]);
    expect(buildQuoteLedger([a, b]).map((e) => [e.speaker, e.outlets])).toEqual([['Ivo Marsh', ['Outlet A', 'Outlet B']]]);
  });

  it('joins a one-word piece to the same word a named speaker is quoted with', () => {
    const a = article('a1', 'Outlet A', null, ['At one point, Hale referred to a reporter as a “clown.”'], [{ text: 'clown.', speaker: 'Dana Hale', kind: 'fragment' }]);
    const b = article('b1', 'Outlet B', null, ['The councillor was sharp, even calling one a “clown” for interrupting.'], [{ text: 'clown', speaker: null, kind: 'fragment' }]);
    const ledger = buildQuoteLedger([a, b]);
    expect(ledger.map((e) => [e.speaker, e.outlets])).toEqual([['Dana Hale', ['Outlet A', 'Outlet B']]]);
  });

  it('never joins a title in quotes, whose words are all capitalised ("Harbour Talks Tonight")', () => {
    const a = article('a1', 'Outlet A', null, ['Hale told “Harbour Talks Tonight” that the levy stays.'], [{ text: 'Harbour Talks Tonight', speaker: 'Dana Hale', kind: 'fragment' }]);
    const b = article('b1', 'Outlet B', null, ['Hale spoke on “Harbour Talks Tonight” on Sunday.'], [{ text: 'Harbour Talks Tonight', speaker: null, kind: 'fragment' }]);
    expect(buildQuoteLedger([a, b]).flatMap((e) => e.outlets)).toEqual(['Outlet A']);
  });

  it('leaves a piece alone when two speakers’ statements share it equally', () => {
    const a = article('a1', 'Outlet A', null, ['“It is a power grab for the few,” said Dana Hale.', '“It is a power grab for the people,” said Ivo Marsh.'], [
      { text: 'It is a power grab for the few', speaker: 'Dana Hale' },
      { text: 'It is a power grab for the people', speaker: 'Ivo Marsh' },
    ]);
    const b = article('b1', 'Outlet B', null, ['Both sides called it “a power grab for” someone.'], [{ text: 'a power grab for', speaker: null, kind: 'fragment' }]);
    const ledger = buildQuoteLedger([a, b]);
    expect(ledger.flatMap((e) => e.outlets)).toEqual(['Outlet A', 'Outlet A']);
  });
});
