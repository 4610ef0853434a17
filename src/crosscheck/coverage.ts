// What each outlet covered: a matrix of the story's outlets against its aligned claims (covered, not
// covered, contradicts), and per outlet the claims only it reports — so a user sees at a glance what an
// outlet left out and what rests on one outlet's word.
import type { AlignedClaim, CoverageMatrix, CrossCheckArticle } from '../core/crosscheck.js';
import { outletLabel } from './evidence.js';

export function buildCoverage(members: readonly CrossCheckArticle[], claims: readonly AlignedClaim[]): CoverageMatrix {
  const labelOf = new Map(members.map((m) => [m.article.id, outletLabel(m)]));
  const outlets = [...new Set(members.map(outletLabel))];
  // Per claim, each outlet's stance once (contradicting wins over supporting in the same outlet).
  const stances = claims.map((c) => {
    const byOutlet = new Map<string, 'covered' | 'contradicts'>();
    for (const e of c.evidence) {
      const outlet = labelOf.get(e.articleId);
      if (outlet === undefined || byOutlet.get(outlet) === 'contradicts') continue;
      byOutlet.set(outlet, e.stance === 'contradicts' ? 'contradicts' : 'covered');
    }
    return byOutlet;
  });
  const cells = outlets.map((outlet) => stances.map((byOutlet) => byOutlet.get(outlet) ?? ('not-covered' as const)));
  const exclusives = outlets
    .map((outlet) => ({
      outlet,
      claimIds: claims
        .filter((c) => c.status === 'single-source' && c.evidence.some((e) => labelOf.get(e.articleId) === outlet && e.copyOf === null))
        .map((c) => c.id),
    }))
    .filter((e) => e.claimIds.length > 0);
  return { outlets, claimIds: claims.map((c) => c.id), cells, exclusives };
}
