// TempEval-3-style scoring of TIMEX3 tagging, ported line for line from
// ../shared/tools/score-temporal-chrono.mjs (reading, one-to-one greedy matching, micro-averaged
// strict/relaxed P/R/F1, value accuracy, value F1) so bench:time figures equal the reference scorer's.
import fs from 'node:fs';
import path from 'node:path';

export interface Span {
  start: number;
  end: number;
}
export interface GoldTimex extends Span {
  type: string | null;
  value: string | null;
  text: string;
  /** For error listings: the file and the words around a missed expression. */
  context?: string;
}
export interface SystemTimex extends Span {
  text: string;
  value: string;
  /** For error listings: the file and the words around a spurious expression. */
  context?: string;
}
export interface TimemlDoc {
  file: string;
  dct: string | null;
  text: string;
  gold: GoldTimex[];
  /** Spans not scored (MEANTIME's DCT in the dateline); system spans overlapping them are dropped. */
  ignore: Span[];
}

const ENT: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (m) => ENT[m]!);
function attr(s: string, name: string): string | null {
  const m = s.match(new RegExp(`\\b${name}="([^"]*)"`));
  return m ? m[1]! : null;
}

function readTml(file: string): TimemlDoc {
  const xml = fs.readFileSync(file, 'utf8');
  const dctM = xml.match(/<DCT>\s*<TIMEX3([^>]*)>/);
  if (!dctM) throw new Error(`${file}: no DCT`);
  const dct = attr(dctM[1]!, 'value');
  const tm = xml.match(/<TEXT>([\s\S]*)<\/TEXT>/);
  if (!tm) throw new Error(`${file}: no TEXT`);
  const body = tm[1]!;
  let text = '';
  const gold: GoldTimex[] = [];
  let open: { start: number; type: string | null; value: string | null } | null = null;
  const re = /<(\/?)([A-Za-z0-9_]+)([^>]*)>/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    text += decode(body.slice(last, m.index));
    last = re.lastIndex;
    const [, close, tag, rest] = m;
    if (tag !== 'TIMEX3') continue;
    if (!close && !rest!.trim().endsWith('/')) {
      open = { start: text.length, type: attr(rest!, 'type'), value: attr(rest!, 'value') };
    } else if (close && open) {
      gold.push({ ...open, end: text.length, text: text.slice(open.start, text.length) });
      open = null;
    }
  }
  text += decode(body.slice(last));
  return { file, dct, text, gold, ignore: [] };
}

// MEANTIME CAT XML: tokens re-joined with the reference scorer's light detokenisation; sentences 0–5 only.
const CAT_MAX_SENTENCE = 5;
const NO_SPACE_BEFORE = /^([,.;:!?%)\]}]|'s|n't|'|'')$/i;
const NO_SPACE_AFTER = /^([(\[{$]|``)$/;
interface Tok {
  id: string | null;
  sent: string | null;
  w: string;
}
function readCat(file: string, maxSentence: number): TimemlDoc {
  const xml = fs.readFileSync(file, 'utf8');
  const toks = new Map<string | null, Span>();
  const list: Tok[] = [];
  for (const m of xml.matchAll(/<token\b([^>]*)>([\s\S]*?)<\/token>/g)) {
    const sent = attr(m[1]!, 'sentence');
    if (parseInt(sent ?? '', 10) > maxSentence) continue;
    list.push({ id: attr(m[1]!, 't_id'), sent, w: decode(m[2]!) });
  }
  let text = '';
  list.forEach((t, i) => {
    const prev = list[i - 1];
    const next = list[i + 1];
    if (prev) {
      const grp = (a: Tok | undefined, sep: string, b: Tok | undefined): boolean =>
        !!a && !!b && /\d$/.test(a.w) && ((sep === ',' && /^\d{3}$/.test(b.w)) || (sep === '.' && /^\d+$/.test(b.w)));
      const numJoin = (/^[,.]$/.test(t.w) && grp(prev, t.w, next)) || (/^[,.]$/.test(prev.w) && grp(list[i - 2], prev.w, t));
      text += t.sent !== prev.sent ? '\n' : numJoin || NO_SPACE_BEFORE.test(t.w) || NO_SPACE_AFTER.test(prev.w) ? '' : ' ';
    }
    toks.set(t.id, { start: text.length, end: text.length + t.w.length });
    text += t.w;
  });
  const gold: GoldTimex[] = [];
  const ignore: Span[] = [];
  let dct: string | null = null;
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*?)(?:\/>|>([\s\S]*?)<\/TIMEX3>)/g)) {
    const a = m[1]!;
    const ids = [...(m[2] ?? '').matchAll(/t_id="([^"]+)"/g)].map((x) => toks.get(x[1]!)).filter((x): x is Span => !!x);
    const span = ids.length ? { start: Math.min(...ids.map((t) => t.start)), end: Math.max(...ids.map((t) => t.end)) } : null;
    if (attr(a, 'functionInDocument') === 'CREATION_TIME') {
      dct = attr(a, 'value');
      if (span) ignore.push(span);
      continue;
    }
    if (!span) continue;
    gold.push({ ...span, type: attr(a, 'type'), value: attr(a, 'value'), text: text.slice(span.start, span.end) });
  }
  gold.sort((x, y) => x.start - y.start);
  return { file, dct, text, gold, ignore };
}

/** `whole`: MEANTIME's whole text, not only its annotated window (the real-corpora test reads every sentence). */
export function readDoc(file: string, options: { whole?: boolean } = {}): TimemlDoc {
  const head = fs.readFileSync(file, 'utf8').slice(0, 4000);
  return /<token\b/.test(head) ? readCat(file, options.whole ? Infinity : CAT_MAX_SENTENCE) : readTml(file);
}

export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.(tml|xml)$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

export const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one greedy matching by overlap size: gold index → system index. */
export function match(gold: Span[], sys: Span[]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => sys.forEach((s, si) => {
    const o = overlap(g, s);
    if (o > 0) pairs.push([o, gi, si]);
  }));
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Map<number, number>();
  const sUsed = new Set<number>();
  for (const [, gi, si] of pairs) {
    if (gUsed.has(gi) || sUsed.has(si)) continue;
    gUsed.set(gi, si);
    sUsed.add(si);
  }
  return gUsed;
}

export interface Counts {
  gold: number;
  sys: number;
  strict: number;
  relaxed: number;
  valueOk: number;
}
export const newCounts = (): Counts => ({ gold: 0, sys: 0, strict: 0, relaxed: 0, valueOk: 0 });

export interface ValueError {
  file: string;
  dct: string;
  goldText: string;
  sysText: string;
  gold: string | null;
  sys: string;
  type: string | null;
  context: string;
}

/** Scores one document's system spans into ALL and DATE-only counts, exactly as the reference scorer. */
export function scoreDoc(doc: TimemlDoc, sysIn: SystemTimex[], all: Counts, date: Counts, errors?: { value: ValueError[]; missed: GoldTimex[]; spurious: SystemTimex[] }): void {
  const sys = sysIn.filter((s) => !doc.ignore.some((z) => overlap(z, s) > 0));
  const gm = match(doc.gold, sys);
  const sysMatchedTo = new Map([...gm].map(([gi, si]) => [si, gi]));
  all.gold += doc.gold.length;
  all.sys += sys.length;
  for (const [gi, si] of gm) {
    const g = doc.gold[gi]!;
    const s = sys[si]!;
    all.relaxed++;
    if (g.text.trim() === s.text.trim()) all.strict++;
    if (g.value === s.value) all.valueOk++;
    else errors?.value.push({ file: path.basename(doc.file), dct: doc.dct ?? '', goldText: g.text, sysText: s.text, gold: g.value, sys: s.value, type: g.type, context: doc.text.slice(Math.max(0, g.start - 60), g.end + 30).replace(/\s+/g, ' ') });
  }
  date.gold += doc.gold.filter((g) => g.type === 'DATE').length;
  sys.forEach((s, si) => {
    const gi = sysMatchedTo.get(si);
    const overlapsNonDate = doc.gold.some((g) => g.type !== 'DATE' && overlap(g, s) > 0);
    if (gi !== undefined ? doc.gold[gi]!.type === 'DATE' : !overlapsNonDate) date.sys++;
    if (gi === undefined && !doc.gold.some((g) => overlap(g, s) > 0)) {
      errors?.spurious.push({ ...s, context: `${path.basename(doc.file)}: …${doc.text.slice(Math.max(0, s.start - 50), s.start)}[${s.text}]${doc.text.slice(s.end, s.end + 30)}…`.replace(/\s+/g, ' ') });
    }
  });
  doc.gold.forEach((g, gi) => {
    const si = gm.get(gi);
    if (si === undefined) {
      errors?.missed.push({ ...g, context: `${path.basename(doc.file)}: …${doc.text.slice(Math.max(0, g.start - 50), g.start)}[${g.text}]${doc.text.slice(g.end, g.end + 30)}…`.replace(/\s+/g, ' ') });
      return;
    }
    if (g.type !== 'DATE') return;
    const s = sys[si]!;
    date.relaxed++;
    if (g.text.trim() === s.text.trim()) date.strict++;
    if (g.value === s.value) date.valueOk++;
  });
}

export interface Scores {
  gold: number;
  system: number;
  strict: { P: number; R: number; F1: number };
  relaxed: { P: number; R: number; F1: number };
  valueAccuracy: number;
  valueF1: number;
}

export function prf(c: Counts): Scores {
  const P = (x: number): number => (c.sys ? x / c.sys : 0);
  const R = (x: number): number => (c.gold ? x / c.gold : 0);
  const F = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
  const sp = P(c.strict), sr = R(c.strict), rp = P(c.relaxed), rr = R(c.relaxed);
  const rf = F(rp, rr);
  const acc = c.relaxed ? c.valueOk / c.relaxed : 0;
  return { gold: c.gold, system: c.sys, strict: { P: sp, R: sr, F1: F(sp, sr) }, relaxed: { P: rp, R: rr, F1: rf }, valueAccuracy: acc, valueF1: acc * rf };
}
