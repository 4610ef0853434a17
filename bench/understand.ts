// Benchmarks the understanding stage alone (times, entities, quotes, claims — annotateArticle) on the
// sample corpus replicated to at least 10,000 articles, and prints articles/s, ms per article for each
// annotator, and peak RSS. The corpus is read and cleaned once, outside the timing. Because the sample
// articles are short, it also times the 300 full-length BASIL news articles from ../shared when present.
// Usage: npm run bench:understand -- [--articles N]

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnnotationInput } from '../src/core/annotations.js';
import { gatherBoilerplateEvidence } from '../src/clean/index.js';
import { readPaths } from '../src/ingest/index.js';
import { assembleArticle } from '../src/services/assemble-article.js';
import { extractClaims } from '../src/understand/claims/index.js';
import { findEntities } from '../src/understand/entities/index.js';
import { findQuotes } from '../src/understand/quotes/index.js';
import { tagTimes } from '../src/understand/time/index.js';
import { annotateArticle, referenceDateOf } from '../src/understand/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseCount(argv: string[]): number {
  if (argv.length === 0) return 10_000;
  const n = Number(argv[1]);
  if (argv[0] !== '--articles' || !Number.isInteger(n) || n < 1) {
    throw new Error('bench:understand: usage: npm run bench:understand -- [--articles N]');
  }
  return n;
}

async function loadInputs(source: string): Promise<AnnotationInput[]> {
  const drafts = [];
  for await (const item of readPaths([source], { maxBytes: 20 * 1024 * 1024 })) {
    if ('draft' in item) drafts.push(item.draft);
  }
  const evidence = gatherBoilerplateEvidence(drafts);
  return drafts.map((d) => {
    const a = assembleArticle(d, evidence, new Date().toISOString());
    return { text: a.text, sentences: a.sentences, headings: a.headings, reference: referenceDateOf(a.published), dateline: a.dateline };
  });
}

async function main(): Promise<void> {
  const count = parseCount(process.argv.slice(2));
  const corpus = await loadInputs(path.join(repoRoot, 'examples/corpus'));
  const inputs = Array.from({ length: count }, (_, i) => corpus[i % corpus.length]!);
  const chars = inputs.reduce((n, a) => n + a.text.length, 0);
  console.log(`understand stage on the sample corpus (${corpus.length} articles) replicated to ${count} articles, ${(chars / count / 1024).toFixed(1)} KB of clean text each on average, one core`);

  // Warm-up, so the figures are of steady-state code rather than of the first compilation.
  for (const a of corpus) annotateArticle(a);

  const t0 = performance.now();
  let found = { entities: 0, times: 0, quotes: 0, claims: 0 };
  for (const a of inputs) {
    const r = annotateArticle(a);
    found = { entities: found.entities + r.entities.length, times: found.times + r.times.length, quotes: found.quotes + r.quotes.length, claims: found.claims + r.claims.length };
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(`annotateArticle  ${(count / seconds).toFixed(0)} articles/s  (${((seconds * 1000) / count).toFixed(3)} ms/article, ${seconds.toFixed(2)} s)`);
  console.log(`found per article: ${(found.entities / count).toFixed(1)} entities, ${(found.times / count).toFixed(1)} times, ${(found.quotes / count).toFixed(1)} quotes, ${(found.claims / count).toFixed(1)} claims`);

  // Each annotator alone, over the corpus copies, to show where the time goes.
  const timeOf = (fn: (a: AnnotationInput) => unknown): number => {
    const s = performance.now();
    for (const a of inputs) fn(a);
    return (performance.now() - s) / count;
  };
  const entities = new Map(corpus.map((a) => [a, findEntities(a)]));
  const times = new Map(corpus.map((a) => [a, tagTimes(a)]));
  const quotes = new Map(corpus.map((a) => [a, findQuotes(a, entities.get(a)!)]));
  const parts = {
    times: timeOf((a) => tagTimes(a)),
    entities: timeOf((a) => findEntities(a)),
    quotes: timeOf((a) => findQuotes(a, entities.get(a)!)),
    claims: timeOf((a) => extractClaims(a, entities.get(a)!, times.get(a)!, quotes.get(a)!)),
  };
  console.log('ms/article by annotator: ' + Object.entries(parts).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', '));

  const basil = path.resolve(repoRoot, '../shared/corpora/basil/articles.jsonl');
  if (existsSync(basil)) {
    const news = await loadInputs(basil);
    const kb = news.reduce((n, a) => n + a.text.length, 0) / news.length / 1024;
    for (const a of news.slice(0, 30)) annotateArticle(a);
    const s = performance.now();
    for (let round = 0; round < 3; round++) for (const a of news) annotateArticle(a);
    const ms = (performance.now() - s) / (3 * news.length);
    console.log(`BASIL news articles (${news.length}, ${kb.toFixed(1)} KB each on average): ${(1000 / ms).toFixed(0)} articles/s (${ms.toFixed(2)} ms/article)`);
  } else {
    console.log(`(${basil} is absent: no full-length news figure)`);
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
