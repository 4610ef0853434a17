// Financial news compares quarters: "profit rose in the third quarter from $2 a year earlier" — there
// "a year earlier" is the same quarter a year before (1988-Q3), not the year 1988. This pass re-anchors
// "a year ago / a year earlier / year-earlier" to a quarter named in the same or the two sentences before.
import type { TimeExpression } from '../../core/annotations.js';
import type { RelativeTime, TimeSpec } from './spec.js';

const YEAR_BACK = /^(?:a\s+)?year[-\s](?:ago|earlier)$|^(?:the\s+)?year[-\s](?:ago|earlier)\s+(?:period|quarter)$|^the\s+\w+\s+period\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago))$/i;
// two sentences back: the quarter is often named a sentence or two before the comparison ("Revenue
// declined 8%, from $93.3 million a year earlier"); 2, 4 and 8 score alike on TBAQ, 1 lower, so the nearest
const SENTENCES_BACK = 2;

function shiftedBack(quarter: TimeExpression): TimeSpec | null {
  const rel = quarter.relative as RelativeTime | null;
  if (rel === null) {
    const m = /^(\d{4})-Q(\d)$/.exec(quarter.value);
    return m ? { kind: 'absolute', value: `${Number(m[1]) - 1}-Q${m[2]}` } : null;
  }
  if (rel.spec.kind === 'part' && rel.spec.unit === 'Q') return { ...rel.spec, yearShift: (rel.spec.yearShift ?? 0) - 1 };
  if (rel.spec.kind === 'shift' && rel.spec.unit === 'Q') return { ...rel.spec, n: rel.spec.n - 4 };
  return null;
}

/** Rewrites, in place, year-back comparisons that follow a quarter; `resolve` turns a spec into a value. */
export function anchorToQuarters(times: TimeExpression[], resolve: (spec: TimeSpec, t: TimeExpression) => TimeExpression): void {
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (!YEAR_BACK.test(t.text)) continue;
    for (let j = i - 1; j >= 0; j--) {
      const q = times[j]!;
      if (t.sentence - q.sentence > SENTENCES_BACK) break;
      if (!/-Q\d$/.test(q.value) || YEAR_BACK.test(q.text)) continue;
      const spec = shiftedBack(q);
      if (spec) times[i] = resolve(spec, t);
      break;
    }
  }
}
