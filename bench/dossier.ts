// Benchmarks building dossiers — the cross-check included — story by story at scale: the invented stream
// of bench/lib/synthetic-stream.ts up to the point where it holds N complete gold stories, its articles
// made into clean, annotated Articles through ingest's own path (timed apart), then one buildDossier call
// per story. Prints throughput, per-story latency, memory and sanity counts from the dossiers (every
// evidence sentence must pass validateDossier's rules).
// Usage: npm run bench:dossier -- [--stories N] [--seed S]
import type { Dossier } from '../src/core/dossier.js';
import { buildDossier, type DossierInput, type StoryGrouping } from '../src/services/build-dossier.js';
import { validateDossier } from '../src/services/validate-dossier.js';
import { prepareArticles } from './lib/prepare-articles.js';
import { int, line, option } from './lib/bench-cli.js';
import { generateStream, type SyntheticArticle } from './lib/synthetic-stream.js';

const ms = (x: number): string => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;


/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/**
 * The stream's first `stories` gold stories to be complete (every planned article, copies included, has
 * appeared), in the order they complete, and how many articles of the stream that took. The stream is
 * regenerated twice as long until it gets there.
 */
function completeStories(stories: number, seed: number): { stream: number; prefix: number; chosen: Map<string, SyntheticArticle[]> } {
  for (let articles = Math.max(2000, stories * 16); ; articles *= 2) {
    const stream = generateStream({ articles, seed });
    const seen = new Map<string, SyntheticArticle[]>();
    const chosen = new Map<string, SyntheticArticle[]>();
    for (let i = 0; i < stream.length; i++) {
      const a = stream[i]!;
      const members = seen.get(a.storyId) ?? [];
      members.push(a);
      seen.set(a.storyId, members);
      if (members.length === a.event.size) chosen.set(a.storyId, members);
      if (chosen.size === stories) return { stream: stream.length, prefix: i + 1, chosen };
    }
  }
}

interface Sanity {
  claims: Map<string, number>;
  timeline: number;
  quotes: number;
  summary: number;
  evidence: number;
  badEvidence: number;
  otherProblems: number;
  /** Dossiers that failed the schema: validateDossier then stops before the evidence rules. */
  schemaFailures: number;
  firstProblem: string | null;
  /** The stream plants no discrepancy: every conflicting claim is a false one, shown so a reader can judge it. */
  conflicts: string[];
}

function tally(dossier: Dossier, s: Sanity): void {
  for (const story of dossier.stories) {
    for (const c of story.claims) {
      s.claims.set(c.status, (s.claims.get(c.status) ?? 0) + 1);
      if (c.status === 'conflicting' && s.conflicts.length < 3) s.conflicts.push(`${c.note} — ${c.evidence.map((e) => `${e.stance}: ${e.sentence.slice(0, 110)}`).join(' | ')}`);
    }
    s.timeline += story.timeline.length;
    s.quotes += story.quotes.length;
    s.summary += story.summary.length;
    s.evidence += [...story.claims, ...story.quotes, ...story.timeline, ...story.summary].reduce((n, x) => n + x.evidence.length, 0);
  }
  const problems = validateDossier(dossier);
  if (problems.some((p) => p.startsWith('schema:'))) s.schemaFailures++;
  for (const problem of problems) {
    if (problem.includes('evidence is not a sentence')) s.badEvidence++;
    else s.otherProblems++;
    s.firstProblem ??= problem;
  }
}

function main(): void {
  const stories = option('bench:dossier', '--stories', 1000);
  const seed = option('bench:dossier', '--seed', 7);
  console.log(`Dossier building at scale: ${int(stories)} complete gold stories of the invented stream (seed ${seed})`);

  const g0 = performance.now();
  const { stream, prefix, chosen } = completeStories(stories, seed);
  const items = [...chosen.values()].flat();
  line('stream', `${int(stream)} articles generated in ${((performance.now() - g0) / 1000).toFixed(1)} s (not counted below)`);
  line('complete stories', `the first ${int(prefix)} articles complete ${int(stories)} stories, which hold ${int(items.length)} articles ` +
    `(${int(items.filter((a) => a.copyOf).length)} planted copies)`);

  const p0 = performance.now();
  const prepared = prepareArticles(items, new Date().toISOString());
  const prepSeconds = (performance.now() - p0) / 1000;
  line('preparation', `${int(items.length / prepSeconds)} articles/s (${prepSeconds.toFixed(1)} s: read as JSONL, clean, sentences, annotations)`);
  line('articles', `${int(prepared.inputs.length)} distinct; near-copy links ${int(prepared.duplicates.size)}; ` +
    `exact copies merged into their original ${int(prepared.exactCopies)}; dropped as empty ${int(prepared.dropped.length)}`);

  const byStory = new Map<string, DossierInput[]>([...chosen.keys()].map((id) => [id, []]));
  const storyOf = new Map<string, string>();
  const inputOf = new Map(prepared.inputs.map((i) => [i.article.id, i]));
  for (const a of items) {
    const id = prepared.articleOf.get(a.id);
    if (id === undefined || storyOf.has(id)) continue;
    storyOf.set(id, a.storyId);
    byStory.get(a.storyId)!.push(inputOf.get(id)!);
  }
  const grouping: StoryGrouping = { storyOf, related: new Map(), duplicates: prepared.duplicates };

  // Each dossier is checked and dropped right after its call (outside the timing), so memory is the build's.
  const generatedAt = new Date().toISOString();
  const latencies = new Float64Array(byStory.size);
  const sanity: Sanity = { claims: new Map(), timeline: 0, quotes: 0, summary: 0, evidence: 0, badEvidence: 0, otherProblems: 0, schemaFailures: 0, firstProblem: null, conflicts: [] };
  let largest = { size: 0, ms: 0 };
  let k = 0;
  for (const inputs of byStory.values()) {
    const t = performance.now();
    const dossier = buildDossier(inputs, generatedAt, grouping);
    const took = performance.now() - t;
    latencies[k++] = took;
    if (inputs.length > largest.size) largest = { size: inputs.length, ms: took };
    tally(dossier, sanity);
  }
  const seconds = latencies.reduce((a, b) => a + b, 0) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  console.log('one buildDossier call per story (its articles, storyOf, no related stories, planted copies as duplicates)');
  line('stories / articles', `${int(byStory.size)} / ${int(prepared.inputs.length)}`);
  line('total', `${seconds.toFixed(2)} s (sum of the calls), ${int(byStory.size / seconds)} stories/s`);
  line('per story', `p50 ${ms(percentile(sorted, 0.5))}  p90 ${ms(percentile(sorted, 0.9))}  p99 ${ms(percentile(sorted, 0.99))}  max ${ms(sorted[sorted.length - 1]!)}`);
  line('largest story', `${int(largest.size)} articles in ${ms(largest.ms)}`);
  line('peak RSS', `${int(process.resourceUsage().maxRSS / 1024)} MB (process maximum, stream and articles included)`);

  const statuses = [...sanity.claims].sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s} ${int(n)}`).join(', ');
  const claimCount = [...sanity.claims.values()].reduce((a, b) => a + b, 0);
  console.log('sanity (validateDossier on every dossier, right after its call, outside the timing)');
  line('claims', `${int(claimCount)}${statuses ? ` (${statuses})` : ''}`);
  line('timeline / quotes / summary', `${int(sanity.timeline)} entries / ${int(sanity.quotes)} quotes / ${int(sanity.summary)} sentences`);
  line('evidence failing validation', `${int(sanity.badEvidence)} of ${int(sanity.evidence)} evidence sentences` +
    (sanity.schemaFailures ? ` (NOT CHECKED in ${int(sanity.schemaFailures)} dossiers that failed the schema)` : ''));
  line('other contract problems', `${int(sanity.otherProblems)}${sanity.firstProblem ? ` (first: ${sanity.firstProblem})` : ''}`);
  for (const c of sanity.conflicts) line('conflict (none planted)', c);
}

main();
