// Benchmarks Dossier's time tagger against stock chrono-node on TimeML gold (TBAQ-cleaned, MEANTIME),
// TempEval-3 style, with the reference scorer's exact reading and matching (bench/lib/timeml.ts).
// Usage: npm run bench:time -- [--errors N] [--only tbaq|meantime]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../src/understand/sentences.js';
import { tagTimes } from '../src/understand/time/index.js';
import { chronoTimexes } from './lib/timeml-chrono.js';
import { listFiles, newCounts, prf, readDoc, scoreDoc, type GoldTimex, type Scores, type SystemTimex, type TimemlDoc, type ValueError } from './lib/timeml.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
// MEANTIME's intra_cross-doc folder repeats the same 120 documents; scoring both only doubles counts
const CORPORA = [
  { name: 'tbaq', label: 'TBAQ-cleaned (TimeBank+AQUAINT)', dir: path.join(shared, 'corpora/tempeval3/tbaq-cleaned') },
  { name: 'meantime', label: 'MEANTIME (sentences 0-5)', dir: path.join(shared, 'corpora/meantime/intra-doc_annotation') },
];

const args = process.argv.slice(2);
const errorsShown = args.includes('--errors') ? Number(args[args.indexOf('--errors') + 1]) : 0;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
function row(name: string, s: Scores): string {
  return `${name.padEnd(9)} strict P ${pct(s.strict.P)} R ${pct(s.strict.R)} F1 ${pct(s.strict.F1)} | relaxed P ${pct(s.relaxed.P)} R ${pct(s.relaxed.R)} F1 ${pct(s.relaxed.F1)} | value acc ${pct(s.valueAccuracy)}  value F1 ${pct(s.valueF1)}  (gold ${s.gold}, system ${s.system})`;
}

function dossierTimexes(doc: TimemlDoc): SystemTimex[] {
  const sentences = splitSentences(doc.text);
  return tagTimes({ text: doc.text, sentences, headings: [], reference: doc.dct!.slice(0, 10), dateline: null });
}

if (!existsSync(shared)) {
  console.log(`bench:time: ${shared} is absent; nothing to measure (the TimeML corpora live there).`);
  process.exit(0);
}

for (const corpus of CORPORA) {
  if (only && corpus.name !== only) continue;
  if (!existsSync(corpus.dir)) {
    console.log(`bench:time: ${corpus.dir} is absent; ${corpus.label} skipped.`);
    continue;
  }
  const docs: TimemlDoc[] = [];
  const skipped: string[] = [];
  for (const f of listFiles(corpus.dir)) {
    const doc = readDoc(f);
    if (!doc.dct || !/^\d{4}-\d{2}-\d{2}/.test(doc.dct)) skipped.push(path.basename(f));
    else docs.push(doc);
  }
  const counts = { dossier: { all: newCounts(), date: newCounts() }, chrono: { all: newCounts(), date: newCounts() } };
  const errors = { value: [] as ValueError[], missed: [] as GoldTimex[], spurious: [] as SystemTimex[] };
  let taggerMs = 0;
  let chars = 0;
  for (const doc of docs) {
    const sentences = splitSentences(doc.text);
    const t0 = performance.now();
    const mine = tagTimes({ text: doc.text, sentences, headings: [], reference: doc.dct!.slice(0, 10), dateline: null });
    taggerMs += performance.now() - t0;
    chars += doc.text.length;
    scoreDoc(doc, mine, counts.dossier.all, counts.dossier.date, errors);
    scoreDoc(doc, chronoTimexes(doc.text, doc.dct!), counts.chrono.all, counts.chrono.date);
  }
  // speed: a second timed pass, so the first pass's JIT warm-up does not count
  const t1 = performance.now();
  for (const doc of docs) dossierTimexes(doc);
  const withSplit = performance.now() - t1;
  console.log(`\n== ${corpus.label}: ${docs.length} documents${skipped.length ? ` (skipped, no ISO DCT: ${skipped.join(', ')})` : ''}`);
  console.log('ALL TIMEX3');
  console.log(row('Dossier', prf(counts.dossier.all)));
  console.log(row('chrono', prf(counts.chrono.all)));
  console.log('DATE only');
  console.log(row('Dossier', prf(counts.dossier.date)));
  console.log(row('chrono', prf(counts.chrono.date)));
  console.log(`Dossier tagger: ${(docs.length / (taggerMs / 1000)).toFixed(0)} docs/s first pass, ${(docs.length / (withSplit / 1000)).toFixed(0)} docs/s warm incl. sentence split (avg ${(chars / docs.length / 1024).toFixed(1)} KB/doc)`);
  if (errorsShown) {
    console.log(`\nvalue errors (${errors.value.length}):`);
    for (const e of errors.value.slice(0, errorsShown)) console.log(`  ${e.file} dct=${e.dct.slice(0, 10)} ${e.type} gold "${e.goldText}"=${e.gold}  ours "${e.sysText}"=${e.sys}  …${e.context}…`);
    console.log(`\nmissed gold (${errors.missed.length}):`);
    for (const g of errors.missed.slice(0, errorsShown)) console.log(`  ${g.type} "${g.text}"=${g.value}  ${g.context ?? ''}`);
    console.log(`\nspurious (${errors.spurious.length}):`);
    for (const s of errors.spurious.slice(0, errorsShown)) console.log(`  "${s.text}"=${s.value}  ${s.context ?? ''}`);
  }
}
