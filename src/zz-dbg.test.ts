import { it } from 'vitest';
import { annotatedArticle, member } from '../test/support/annotated-article.js';
import { storyFacts } from './crosscheck/facts.js';
import { eventGroups, draftLedger, finishLedger } from './crosscheck/claim-ledger.js';
import { eventsLink, eventsStrong } from './crosscheck/align-facts.js';
it('x', () => {
  const a = member(annotatedArticle('a1', 'Cowan joined the Patrick administration in 2009 and reportedly quit earlier this month to join private practice.', '2013-01-30', 'Fox News'));
  const b = member(annotatedArticle('b1', 'He left the Patrick administration last year to return to the private sector, but said this brief detour to Washington was a sacrifice worth making.', '2013-01-30', 'New York Times'));
  const { facts, older } = storyFacts([a, b]);
  const ev = facts.filter((f: any) => f.kind === 'event') as any[];
  for (const f of ev) console.log(f.member.article.id, f.claim.predicate, f.predicateClass, [...f.participants], f.time?.value, f.mood, f.objectClass, [...f.objectTerms]);
  for (const f of ev) for (const g of ev) if (f.member !== g.member && f.predicateClass === g.predicateClass) console.log(f.claim.predicate, g.claim.predicate, eventsLink(f, g), eventsStrong(f, g));
  console.log(finishLedger(draftLedger(facts, eventGroups(facts), older), [a, b]).claims.map((c) => c.status + ' ' + c.text.slice(0, 50)));
});
