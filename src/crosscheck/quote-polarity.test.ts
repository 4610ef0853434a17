// One quote that two outlets give with opposite meanings is a conflict; a quote worded with a negation in
// both, a piece of the other, or a negation before other words is not. Invented sentences of the shapes
// found on real news (issue 13).
import { describe, expect, it } from 'vitest';
import type { Quote } from '../core/annotations.js';
import type { CrossCheckArticle } from '../core/crosscheck.js';
import { joinSentences } from '../../test/support/annotated-article.js';
import { makeArticle } from '../../test/support/make-article.js';
import { buildQuoteLedger, wordsOf } from './quote-ledger.js';
import { negatedRun, quotePolarityClaims } from './quote-polarity.js';

type Row = [string, string, string, string | null];

describe('negatedRun', () => {
  it.each<Row>([
    ['the same sentence with and without "don’t" before its verb', "If they don't pass this bill this month it will raise the risk of a slump", 'To pass this bill this month would raise the risk of a slump', 'pass this bill this month'],
    ['"never" before the same three words', 'We never agreed to sell the harbour', 'We agreed to sell the harbour last year', 'agreed to sell the harbour'],
    ['both worded with a negation ("no daylight" / "won’t be any daylight") never conflict', 'There would be no daylight between us', 'There won’t be any daylight between us at all', null],
    ['a piece of the negated quote only leaves words out', 'We will not pass this bill this month', 'pass this bill this month', null],
    ['a negation before other words ("don’t think") is no opposite', "I don't think we will cut the budget", 'we will cut the budget, I think', null],
    ['two words after the negation say too little', 'I do not agree, he said', 'I do agree', null],
    ['a plain side with a negation of its own is left alone', 'We will not cut taxes and we will raise fees', 'We will cut taxes and we will not raise fees', null],
  ])('%s', (_label, negated, plain, expected) => {
    expect(negatedRun(wordsOf(negated), wordsOf(plain))?.join(' ') ?? null).toBe(expected);
  });
});

/** An invented article whose one sentence carries one quote of `speaker`. */
function quoting(id: string, outlet: string, sentence: string, quoted: string, speaker: string): CrossCheckArticle {
  const { text, spans } = joinSentences([sentence]);
  const start = text.indexOf(quoted);
  const quote: Quote = { start, end: start + quoted.length, text: quoted, speaker, speakerId: null, cue: null, kind: 'direct', sentence: 0 };
  const base = makeArticle();
  return { article: makeArticle({ id, outlet, text, sentences: spans, annotations: { ...base.annotations, quotes: [quote] } }), source: outlet, copyOf: null, dateInferred: false };
}

describe('quotePolarityClaims', () => {
  const plain = quoting('a1', 'Outlet A', '"To pass this levy this month would raise the risk of a slump in the port," Hale told reporters.', 'To pass this levy this month would raise the risk of a slump in the port', 'Dana Hale');
  const negated = quoting('b1', 'Outlet B', '"If they don\'t pass this levy this month it will raise the risk of a slump in the port," she said.', "If they don't pass this levy this month it will raise the risk of a slump in the port", 'Dana Hale');

  it('makes a conflicting claim of one quote two sources give with opposite meanings, each side citing its sentence', () => {
    const [claim, ...rest] = quotePolarityClaims(buildQuoteLedger([plain, negated]), [plain, negated], 7);
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({ id: 'k7', status: 'conflicting', slot: null });
    expect(claim!.evidence.map((e) => [e.articleId, e.stance, e.value])).toEqual([
      ['a1', 'supports', 'pass this levy this month'],
      ['b1', 'contradicts', 'not pass this levy this month'],
    ]);
    expect(claim!.note).toContain('Dana Hale');
  });

  it('makes none for one source, nor for two outlets quoting alike', () => {
    const copy = { ...negated, source: 'Outlet A' };
    expect(quotePolarityClaims(buildQuoteLedger([plain, copy]), [plain, copy], 1)).toEqual([]);
    const alike = quoting('c1', 'Outlet C', '"To pass this levy this month would raise the risk of a slump in the port," Hale said.', 'To pass this levy this month would raise the risk of a slump in the port', 'Dana Hale');
    expect(quotePolarityClaims(buildQuoteLedger([plain, alike]), [plain, alike], 1)).toEqual([]);
  });
});
