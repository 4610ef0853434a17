// Claim recall on the hand-made dev gold, for the claim extractor alone (no alignment): for each gold
// claim of ../shared/corpora/basil-gold-dev and each article it lists, does the article have a claim
// whose evidence sentence holds one of the claim's `mentions_any` (loose), and one whose slots carry the
// mention's words — figure, time, participant, object (strict)? Alignment is the cross-check's job;
// this says whether the facts reach it at all.
// Usage: npx tsx bench/claim-recall.ts [-v]   (-v: print every article the strict check misses)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Claim } from '../src/core/annotations.js';
import { gatherBoilerplateEvidence } from '../src/clean/index.js';
import { readPaths } from '../src/ingest/index.js';
import { assembleArticle } from '../src/services/assemble-article.js';
import { annotateArticle, referenceDateOf } from '../src/understand/index.js';

const ROOT = resolve(import.meta.dirname, '..');
const GOLD = resolve(ROOT, '../shared/corpora/basil-gold-dev');
const TOOLS = resolve(ROOT, '../shared/tools');
const verbose = process.argv.includes('-v');

interface GoldClaim {
  id: string;
  mentions_any: string[];
  articles_any?: string[];
  articles_all?: string[];
  side_a?: string[];
  side_b_any?: string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'by', 'and', 'or', 'its', 'his', 'her', 'their', 'is', 'was', 'be', 'it']);

/** The words of a slot-carried mention: content words and numbers. */
const wordsOf = (s: string): string[] => norm(s).split(/[^\p{L}\p{N}.,$%-]+/u).map((w) => w.replace(/^[.,-]+|[.,-]+$/g, '')).filter((w) => w && !STOP.has(w));

/** Everything the claim's slots say, as one lower-case text, and its predicate. */
function slotText(c: Claim): string {
  return norm(
    [c.object, c.subject, ...c.actors, ...(c.objectEntities ?? []), c.place, c.time?.text, c.attributedTo, ...c.quantities.map((q) => q.text), ...c.rankings.map((r) => r.text)]
      .filter((x): x is string => typeof x === 'string')
      .join(' | '),
  );
}

/** Every word of the mention is in a slot, or is the predicate ("deleted" ~ delete). */
function carries(c: Claim, mention: string): boolean {
  const slots = slotText(c);
  return wordsOf(mention).every((w) => slots.includes(w) || (w.length > 3 && w.slice(0, Math.max(3, w.length - 3)) === c.predicate.slice(0, Math.max(3, w.length - 3))));
}

async function annotate(jsonl: string): Promise<Map<string, Claim[]>> {
  const drafts = [];
  for await (const item of readPaths([jsonl], { maxBytes: 20 * 1024 * 1024 })) if ('draft' in item) drafts.push(item.draft);
  const evidence = gatherBoilerplateEvidence(drafts);
  const out = new Map<string, Claim[]>();
  for (const d of drafts) {
    const a = assembleArticle(d, evidence, new Date().toISOString());
    const r = annotateArticle({ text: a.text, sentences: a.sentences, headings: a.headings, reference: referenceDateOf(a.published), dateline: a.dateline, language: a.language });
    out.set(d.sourceId ?? a.id, r.claims);
  }
  return out;
}

async function main(): Promise<void> {
  if (!existsSync(GOLD)) {
    console.log(`claim-recall: skipped, ${GOLD} is absent`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'dossier-claim-recall-'));
  try {
    const total = { pairs: 0, loose: 0, strict: 0, claims: 0 };
    for (const file of readdirSync(GOLD).filter((f) => /^basil-dev-.*\.json$/.test(f)).sort()) {
      const jsonl = join(work, file.replace(/json$/, 'jsonl'));
      writeFileSync(jsonl, execFileSync(process.execPath, [join(TOOLS, 'gold-articles.mjs'), join(GOLD, file)]));
      const claims = await annotate(jsonl);
      const gold = JSON.parse(execFileSync('cat', [join(GOLD, file)], { encoding: 'utf8' })) as { claims: GoldClaim[] };
      let pairs = 0, loose = 0, strict = 0;
      const misses: string[] = [];
      for (const g of gold.claims) {
        const articles = [...new Set([...(g.articles_any ?? []), ...(g.articles_all ?? []), ...(g.side_a ?? []), ...(g.side_b_any ?? [])])];
        for (const k of articles) {
          const cs = claims.get(k) ?? [];
          const hits = cs.filter((c) => g.mentions_any.some((m) => norm(c.evidence).includes(norm(m))));
          pairs++;
          if (hits.length > 0) loose++;
          const carried = hits.some((c) => g.mentions_any.some((m) => norm(c.evidence).includes(norm(m)) && carries(c, m)));
          if (carried) strict++;
          else if (verbose) misses.push(`    ${hits.length ? 'slots' : 'none '} ${g.id} ${k.slice(-2)}${hits.length ? ` — ${hits.map((c) => `${c.predicate}(${c.actors.join('+') || c.subject || '-'}; ${c.object ?? '-'})`).join(' ; ').slice(0, 160)}` : ''}`);
        }
      }
      const n = [...claims.values()].reduce((s, c) => s + c.length, 0);
      console.log(`${file}: ${claims.size} articles, ${n} claims; gold claim × article: loose ${loose}/${pairs} = ${(loose / pairs).toFixed(2)}, strict ${strict}/${pairs} = ${(strict / pairs).toFixed(2)}`);
      for (const m of misses) console.log(m);
      total.pairs += pairs;
      total.loose += loose;
      total.strict += strict;
      total.claims += n;
    }
    console.log(`all: ${total.claims} claims; loose ${total.loose}/${total.pairs} = ${(total.loose / total.pairs).toFixed(2)}, strict ${total.strict}/${total.pairs} = ${(total.strict / total.pairs).toFixed(2)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
