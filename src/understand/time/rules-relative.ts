// Rules for expressions counted from the reference date: "today", "last night", "this week",
// "early last year", "later this month", "two years ago", "the third quarter", and the vague
// PRESENT_REF / PAST_REF / FUTURE_REF words ("now", "recently", "the future").
import type { CalendarUnit } from './spec.js';
import { once } from '../../core/lazy.js';
import { absolute, before, EARLY, EARLY_WORDS, earlyMod, keys, phraseKeys, QUALIFIER, QUALIFIER_WORDS, qualifierMod, whole, type Rule } from './rule.js';
import { parseNumber, timeWords, unitCode } from './words.js';

const SHIFT_UNITS: Record<string, CalendarUnit> = { week: 'W', weekend: 'WE', month: 'M', year: 'Y', decade: 'DE', century: 'CE', quarter: 'Q', 'fiscal year': 'Y' };
const DAY_WORDS = ['today', 'tonight', 'yesterday', 'tomorrow'];
// "ended the day down", "closing the day at 7,465": market verbs whose object "the day" is the trading day
const DAY_CLOSE = /\b(?:end|ended|ending|ends|close|closed|closing|closes|finish|finished|finishing|finishes|start|started|starting|starts|open|opened|opening|opens|began|begin|begins)\s+$/i;
const SHIFT_DIRECTIONS = ['this last next past coming previous current the same following fiscal'];
const AGO_WORDS = ['ago earlier before later after from now hence back'];

function refWords(words: string[]): string {
  return words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.'’-]/g, (c) => `\\${c}`).replace(/\s+/g, '\\s+')).join('|');
}

function shiftOf(word: string): number {
  const w = word.toLowerCase().replace(/^the\s+/, '');
  if (w === 'last' || w === 'past' || w === 'previous' || w === 'prior') return -1;
  if (w === 'next' || w === 'coming' || w === 'following') return 1;
  return 0;
}

const quarterOrdinals: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };

/** The relative rules, built from the time lexicon the first time a text is tagged. */
export const relativeRules = once((): Rule[] => {
  const { LEX, NUMBER, NUMBER_WORDS, PART_OF_DAY, PART_OF_DAY_WORDS, UNIT_WORDS, VAGUE } = timeWords();
  const PART_CODES: Record<string, string> = LEX.partsOfDay;
  return [
    {
      name: 'day-word',
      keys: keys(DAY_WORDS, ['earlier', 'later', 'early', 'late']),
      re: new RegExp(String.raw`\b(?:(?<early>earlier|later|early|late)\s+)?(?<w>today|tonight|yesterday|tomorrow)(?:(?=['’]s\b)|(?:\s+(?<part>${PART_OF_DAY}))?\b)`, 'gi'),
      build: (m) => {
        const g = m.groups!;
        const w = g.w!.toLowerCase();
        const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
        const part = g.part ? PART_CODES[g.part.toLowerCase()] : w === 'tonight' ? 'NI' : undefined;
        return whole(m, part ? 'TIME' : 'DATE', { kind: 'shift', unit: 'D', n }, { time: part ? `T${part}` : null, mod: earlyMod(g.early) });
      },
    },
    {
      name: 'part-of-day',
      keys: keys(PART_OF_DAY_WORDS, ['this', 'last', 'tomorrow', 'yesterday']),
      re: new RegExp(String.raw`\b(?<dir>this|last|tomorrow|yesterday)\s+(?<part>${PART_OF_DAY})\b`, 'gi'),
      build: (m) => {
        const g = m.groups!;
        const dir = g.dir!.toLowerCase();
        const part = g.part!.toLowerCase();
        // "last night" is yesterday's night; "last morning" is not English and is left alone
        if (dir === 'last' && part !== 'night' && part !== 'evening') return null;
        const n = dir === 'this' ? 0 : dir === 'tomorrow' ? 1 : -1;
        return whole(m, 'TIME', { kind: 'shift', unit: 'D', n }, { time: `T${PART_CODES[part]}` });
      },
    },
    {
      name: 'trading-session',
      // "rose to a five-year high in morning trading": the part of the reference day a market session names
      keys: keys(['morning', 'afternoon', 'midday', 'evening']),
      re: /\b(?<part>morning|afternoon|midday|evening)(?=\s+(?:trading|session|deals|dealings)\b)/gi,
      build: (m) => whole(m, 'TIME', { kind: 'shift', unit: 'D', n: 0 }, { time: `T${PART_CODES[m.groups!.part!.toLowerCase()]}` }),
    },
    {
      name: 'unit-shift',
      keys: keys(Object.keys(SHIFT_UNITS), EARLY_WORDS, SHIFT_DIRECTIONS),
      re: new RegExp(String.raw`\b${EARLY}(?<dir>this|last|next|past|coming|previous|current|the\s+current|the\s+past|the\s+last|the\s+next|the\s+previous|the\s+coming|the\s+same|the\s+following|the)\s+(?<unit>week|weekend|month|year|decade|century|quarter|fiscal\s+year)\b(?!-)`, 'gi'),
      build: (m) => {
        const g = m.groups!;
        const dir = g.dir!.toLowerCase().replace(/\s+/g, ' ');
        const unit = SHIFT_UNITS[g.unit!.toLowerCase().replace(/\s+/g, ' ')]!;
        const mod = earlyMod(g.early);
        if (/^the (past|last|next|coming|following)$/.test(dir) && !g.early) {
          // TimeML reads "the past year" as a one-year duration up to now (P1Y), not as last calendar year
          if (unit === 'WE' || unit === 'Q') return null;
          const count = unit === 'DE' ? 'P10Y' : unit === 'CE' ? 'P100Y' : `P1${unit}`;
          return whole(m, 'DURATION', absolute(count));
        }
        if ((dir === 'the' || dir === 'the same') && !g.early && unit !== 'WE') return null; // "the year" alone is too often not a date
        if (dir === 'the' && unit === 'WE') return whole(m, 'DATE', { kind: 'weekend' });
        return whole(m, 'DATE', { kind: 'shift', unit, n: shiftOf(dir) }, { mod });
      },
    },
    {
      name: 'quarter',
      keys: keys(['quarter', 'half'], ['this last next year s the fiscal calendar'], Object.keys(quarterOrdinals)),
      re: /\b(?:(?<ys>this|last|next)\s+year['’]s\s+)?(?:the\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:(?:fiscal|calendar)[\s-]+)?(?<unit>quarter|half)\b(?:\s+(?:of|in)\s+(?:(?:fiscal\s+)?(?<y>1[0-9]{3}|20[0-9]{2})\b|(?<ys2>this|last|next)\s+year|the\s+(?<ys3>previous|prior|current|same)\s+year))?/gi,
      build: (m) => {
        const g = m.groups!;
        const unit = g.unit!.toLowerCase() === 'half' ? 'H' : 'Q';
        const n = quarterOrdinals[g.ord!.toLowerCase()]!;
        if (unit === 'H' && n > 2 && g.ord!.toLowerCase() !== 'final') return null;
        const index = unit === 'H' && g.ord!.toLowerCase() === 'final' ? 2 : n;
        if (g.y) return whole(m, 'DATE', absolute(`${g.y}-${unit}${index}`));
        const ys = g.ys ?? g.ys2 ?? g.ys3;
        const yearShift = ys ? shiftOf(ys) : null;
        return whole(m, 'DATE', { kind: 'part', unit, n: index, yearShift, latest: false });
      },
    },
    {
      name: 'latest-quarter',
      keys: keys(['quarter'], ['the comparable latest last past previous recent most just ended current same year ago earlier this next fiscal']),
      // "the latest quarter", "the year-ago quarter": results season in financial news
      re: /\b(?:the\s+)?(?:comparable\s+)?(?<adj>latest|last|past|previous|recent|most\s+recent|just-ended|current|same|year-ago|year-earlier|this|next|the)\s+(?:fiscal\s+)?quarter\b(?!\s+of\s+(?:a|the|an)\b)/gi,
      build: (m) => {
        const adj = m.groups!.adj!.toLowerCase();
        if (adj === 'the' && !/^the\s+quarter/i.test(m[0])) return null;
        const n = /year-ago|year-earlier|same/.test(adj) ? -5 : /current|this/.test(adj) ? 0 : adj === 'next' ? 1 : -1;
        return whole(m, 'DATE', { kind: 'shift', unit: 'Q', n });
      },
    },
    {
      name: 'ago',
      keys: keys(AGO_WORDS, QUALIFIER_WORDS, NUMBER_WORDS, UNIT_WORDS),
      re: new RegExp(String.raw`\b${QUALIFIER}(?<num>${NUMBER}|${VAGUE})[\s-]+(?<unit>days?|weeks?|months?|quarters?|years?|decades?|centuries|century)\s+(?<dir>ago|earlier|before|later|after|from\s+now|hence|back)\b`, 'gi'),
      build: (m, text) => {
        const g = m.groups!;
        const dir = g.dir!.toLowerCase();
        // "one year after he was killed", "10 days before the murder": counted from an event, not from the
        // reference date, so only the length is tagged (the duration rule); "a year before." stays relative
        if ((dir === 'before' || dir === 'after') && /^\s+[\w"“‘'`]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
        const sign = /ago|earlier|before|back/.test(dir) ? -1 : 1;
        const code = unitCode(g.unit!)!;
        const n = parseNumber(g.num!);
        const mod = qualifierMod(g.q);
        if (n === null) return whole(m, 'DATE', absolute(sign < 0 ? 'PAST_REF' : 'FUTURE_REF'), { mod });
        if (!Number.isInteger(n)) return null;
        const [unit, k]: [CalendarUnit, number] = code === 'DE' ? ['Y', 10 * n] : code === 'CE' ? ['Y', 100 * n] : [code as CalendarUnit, n];
        return whole(m, 'DATE', { kind: 'shift', unit, n: sign * k }, { mod });
      },
    },
    {
      name: 'the-day',
      keys: keys(['day'], ['late early earlier later in the start end of same']),
      // market reports: "shares fell 3% on the day", "late in the day", "ending the day down 31 points" — the
      // reference day; "the day he died" (a clause follows) is left alone, hence the punctuation or
      // preposition required after it unless "late in" or a verb of opening or closing comes before
      re: /\b(?:(?<early>late|early|earlier|later)\s+in\s+|the\s+(?<edge>start|end)\s+of\s+)?the\s+(?:same\s+)?day\b/gi,
      build: (m, text) => {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
        const closes = DAY_CLOSE.test(before(text, m.index, 12));
        if (!m.groups!.early && !closes && !/^\s*[.,;]|^\s+(?:on|as|in|to|and|with|at)\b/i.test(after)) return null;
        return whole(m, 'DATE', { kind: 'shift', unit: 'D', n: 0 }, { mod: earlyMod(m.groups!.early ?? m.groups!.edge) });
      },
    },
    {
      name: 'year-earlier',
      // "a year earlier", "the year-earlier period", "the corresponding period last year": earnings reports
      // compare with the same span a year before; anchor-quarter.ts turns it into that quarter when one is named
      keys: keys(['year', 'period'], ['a the same corresponding comparable year earlier ago period']),
      re: /\b(?:(?:the\s+)?year[-\s](?:earlier|ago)\s+period|the\s+(?:same|corresponding|comparable)\s+period\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago))|(?:a\s+)?year[-\s](?:earlier|ago))\b/gi,
      build: (m) => whole(m, 'DATE', { kind: 'shift', unit: 'Y', n: -1 }),
    },
    {
      name: 'year-end',
      keys: keys(['year'], ['the end of']),
      re: /\b(?:year-end|year['’]s\s+end|the\s+end\s+of\s+the\s+year)\b/gi,
      build: (m) => whole(m, 'DATE', { kind: 'shift', unit: 'Y', n: 0 }, { mod: 'END' }),
    },
    {
      name: 'earlier-in-the',
      keys: keys(['week', 'month', 'year'], ['earlier later early late in the']),
      re: /\b(?<early>earlier|later|early|late)\s+in\s+the\s+(?<unit>week|month|year)\b/gi,
      build: (m) => whole(m, 'DATE', { kind: 'shift', unit: SHIFT_UNITS[m.groups!.unit!.toLowerCase()]!, n: 0 }, { mod: earlyMod(m.groups!.early) }),
    },
    {
      name: 'present-ref',
      keys: phraseKeys(LEX.presentRef),
      re: new RegExp(String.raw`\b(?:${refWords(LEX.presentRef)})\b(?![-’'])`, 'gi'),
      build: (m, text) => {
        // "now-defunct", "the current account" — adjectives before a noun that is not time are skipped
        if (/^current$/i.test(m[0]) && /^\s+(account|affairs|events|cost|prices|dollars|law|rules|system|form|president|chairman|government|administration|management|owner|holders?)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
        return whole(m, 'DATE', absolute('PRESENT_REF'));
      },
    },
    {
      name: 'past-ref',
      keys: phraseKeys(LEX.pastRef),
      re: new RegExp(String.raw`\b(?:${refWords(LEX.pastRef)})\b(?![-’'])`, 'gi'),
      build: (m, text) => {
        if (/^the past$/i.test(m[0]) && /^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade)/i.test(text.slice(m.index + 8, m.index + 30))) return null;
        return whole(m, 'DATE', absolute('PAST_REF'));
      },
    },
    {
      name: 'future-ref',
      keys: phraseKeys(LEX.futureRef),
      re: new RegExp(String.raw`\b(?:${refWords(LEX.futureRef)})\b(?![-’'])`, 'gi'),
      build: (m, text) => {
        if (/^(?:the\s+)?future$/i.test(m[0]) && /\b(?:no|a|any|its|their|his|her|our|my|your)\s+$/i.test(before(text, m.index, 8))) return null;
        return whole(m, 'DATE', absolute('FUTURE_REF'));
      },
    },
  ];
});
