// TIMEX3 duration values: "three days" → P3D, "15 months" → P15M, "2 1/2 years" → P2Y6M,
// "a decade" → P10Y, "several weeks" → PXW, "5 1/2 hours" → PT5H30M.

interface UnitInfo {
  /** ISO designator and whether it sits after the T. */
  letter: string;
  time: boolean;
  /** How many of the unit make one of `base`; converts decades and centuries to years, fortnights to weeks. */
  factor: number;
  /** The next smaller unit a fraction spills into ("half a year" → 6 months) and how many it takes. */
  smaller: [string, number] | null;
}

const UNITS: Record<string, UnitInfo> = {
  SEC: { letter: 'S', time: true, factor: 1, smaller: null },
  MIN: { letter: 'M', time: true, factor: 1, smaller: ['SEC', 60] },
  HR: { letter: 'H', time: true, factor: 1, smaller: ['MIN', 60] },
  D: { letter: 'D', time: false, factor: 1, smaller: ['HR', 24] },
  W: { letter: 'W', time: false, factor: 1, smaller: ['D', 7] },
  '2W': { letter: 'W', time: false, factor: 2, smaller: ['D', 14] },
  M: { letter: 'M', time: false, factor: 1, smaller: ['D', 30] },
  Q: { letter: 'Q', time: false, factor: 1, smaller: ['M', 3] },
  Y: { letter: 'Y', time: false, factor: 1, smaller: ['M', 12] },
  DE: { letter: 'Y', time: false, factor: 10, smaller: null },
  CE: { letter: 'Y', time: false, factor: 100, smaller: null },
  ML: { letter: 'Y', time: false, factor: 1000, smaller: null },
};

/** The vague form for an uncounted duration ("years" → PXY, "decades" → PXDE, "hours" → PTXH). */
function vague(code: string): string {
  const info = UNITS[code];
  if (!info) return 'PXX';
  if (info.time) return `PTX${info.letter}`;
  if (code === 'DE' || code === 'CE' || code === 'ML') return `PX${code}`;
  return `PX${info.letter}`;
}

function part(n: number, code: string): { date: string; time: string } {
  const info = UNITS[code]!;
  const text = `${n}${info.letter}`;
  return info.time ? { date: '', time: text } : { date: text, time: '' };
}

/** TIMEX3 value of `n` units (unit code from lexicon/time-words.json); n null means "several". */
export function durationValue(n: number | null, code: string): string {
  if (n === null) return vague(code);
  const info = UNITS[code];
  if (!info) return 'PXX';
  const total = n * info.factor;
  const whole = Math.floor(total);
  const fraction = total - whole;
  const pieces = [whole > 0 ? part(whole, code) : { date: '', time: '' }];
  if (fraction > 1e-9 && info.smaller) {
    const [smaller, per] = info.smaller;
    pieces.push(part(Math.round(fraction * per), smaller));
  } else if (fraction > 1e-9) {
    return vague(code);
  }
  const date = pieces.map((p) => p.date).join('');
  const time = pieces.map((p) => p.time).join('');
  return `P${date}${time ? `T${time}` : ''}`;
}
