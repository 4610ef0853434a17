import { describe, expect, it } from 'vitest';
import type { AlignedClaim, ClaimEvidence } from '../core/crosscheck.js';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { buildCoverage } from './coverage.js';

const wire = annotatedArticle('00000000000000a1', 'The ferry deal was signed on Tuesday.', '2026-03-03', 'Meridian Wire');
const copy = annotatedArticle('00000000000000a2', 'The ferry deal was signed on Tuesday.', '2026-03-03', 'Valeport Post');
const daily = annotatedArticle('00000000000000a3', 'The ferry deal was signed on Monday.', '2026-03-04', 'Coastline Daily');
const members = [member(wire), member(copy, wire), member(daily)];

const evidence = (article: typeof wire, stance: ClaimEvidence['stance'], copyOf: string | null = null): ClaimEvidence => ({
  articleId: article.id, sentence: article.sentences[0]!.text, sentenceIndex: 0, stance, outlet: article.outlet, source: article.outlet!, value: null, copyOf,
});
const claim = (id: string, status: AlignedClaim['status'], ev: ClaimEvidence[]): AlignedClaim => ({ id, kind: 'event', text: ev[0]!.sentence, status, slot: null, note: '', evidence: ev, sources: [] });

describe('the coverage matrix', () => {
  const claims = [
    claim('k1', 'conflicting', [evidence(wire, 'supports'), evidence(copy, 'supports', wire.id), evidence(daily, 'contradicts')]),
    claim('k2', 'single-source', [evidence(wire, 'supports'), evidence(copy, 'supports', wire.id)]),
    claim('k3', 'single-source', [evidence(daily, 'supports')]),
  ];
  const coverage = buildCoverage(members, claims);

  it('has a row per outlet and a column per claim', () => {
    expect(coverage.outlets).toEqual(['Meridian Wire', 'Valeport Post', 'Coastline Daily']);
    expect(coverage.claimIds).toEqual(['k1', 'k2', 'k3']);
  });

  it('says for each outlet whether it covers, leaves out or contradicts each claim', () => {
    expect(coverage.cells).toEqual([
      ['covered', 'covered', 'not-covered'],
      ['covered', 'covered', 'not-covered'],
      ['contradicts', 'not-covered', 'covered'],
    ]);
  });

  it('lists the claims only one outlet reports under that outlet, never under a copy of it', () => {
    expect(coverage.exclusives).toEqual([
      { outlet: 'Meridian Wire', claimIds: ['k2'] },
      { outlet: 'Coastline Daily', claimIds: ['k3'] },
    ]);
  });
});
