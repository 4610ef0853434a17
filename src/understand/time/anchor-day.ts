// A clock time without a day ("at 18:00 UTC", "at about 10:35 a.m.") happens on the day its sentence
// names, not necessarily on the reference day: "made its first test flight Tuesday … at 18:00 UTC" is
// Tuesday 18:00. This pass gives such times the meaning of the nearest day expression of their sentence.
import type { TimeExpression } from '../../core/annotations.js';
import type { RelativeTime, TimeSpec } from './spec.js';

// only times read from a clock ("6am", "18:00 UTC", "noon"); "this morning" names its own day
const CLOCK = /^(?:\d|noon\b|midnight\b|midday\b)/i;
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX|WXX)-(?:\d{2}|XX|\d)$/;

function isBareClock(t: TimeExpression): boolean {
  const rel = t.relative as RelativeTime | null;
  return t.type === 'TIME' && rel !== null && rel.time !== null && CLOCK.test(t.text)
    && rel.spec.kind === 'shift' && rel.spec.unit === 'D' && rel.spec.n === 0 && !/\b(?:today|tonight)\b/i.test(t.text);
}

/** The meaning of a day expression, for a time to take over: its spec, or its absolute value. */
function daySpec(d: TimeExpression): TimeSpec | null {
  if (d.type !== 'DATE' || !DAY_VALUE.test(d.value)) return null;
  const rel = d.relative as RelativeTime | null;
  return rel === null ? { kind: 'absolute', value: d.value } : rel.spec;
}

/** Rewrites, in place, bare clock times to the nearest day of their sentence; `resolve` turns a spec into a value. */
export function anchorToDays(times: TimeExpression[], resolve: (spec: TimeSpec, tense: RelativeTime['tense'], t: TimeExpression) => TimeExpression): void {
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    if (t.sentence < 0 || !isBareClock(t)) continue;
    let best: TimeExpression | null = null;
    for (const d of times) {
      if (d === t || d.sentence !== t.sentence || daySpec(d) === null) continue;
      if (best === null || Math.abs(d.start - t.start) < Math.abs(best.start - t.start)) best = d;
    }
    if (best === null) continue;
    const tense = (best.relative as RelativeTime | null)?.tense ?? 'none';
    times[i] = resolve(daySpec(best)!, tense, t);
  }
}
