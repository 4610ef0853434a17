// What each outlet covered: a matrix of the story's outlets against its aligned claims (covered, not
// covered, contradicts), and per outlet the claims only it reports — so a user sees at a glance what an
// outlet left out and what rests on one outlet's word.
import type { AlignedClaim, CoverageMatrix, CrossCheckArticle } from '../core/crosscheck.js';
import { outletLabel } from './evidence.js';

export function buildCoverage(members: readonly CrossCheckArticle[], claims: readonly AlignedClaim[]): CoverageMatrix {
  const labelOf = new Map(members.map((m) => [m.article.id, outletLabel(m)]));
  const outlets = [...new Set(members.map(outletLabel))];
  const cells = outlets.map((outlet) =>
    claims.map((c) => {
      const own = c.evidence.filter((e) => labelOf.get(e.articleId) === outlet);
      if (own.some((e) => e.stance === 'contradicts')) return 'contradicts' as const;
      return own.length > 0 ? ('covered' as const) : ('not-covered' as const);
    }),
  );
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
