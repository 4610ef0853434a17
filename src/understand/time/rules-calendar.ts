// Rules for calendar names: full and partial dates, months, years, decades, centuries, quarters,
// seasons, day names and holidays. Extents follow TimeML: no leading preposition ("on Monday" →
// "Monday"), modifiers kept ("early 2012", "last summer").
import { pad } from './calendar.js';
import type { Direction } from './spec.js';
import { once } from '../../core/lazy.js';
import { absolute, before, DIGITS, digitKeys, EARLY, EARLY_WORDS, earlyMod, keys, whole, type Found, type Rule } from './rule.js';
import { isCapitalized, monthNumber, timeWords, weekdayNumber } from './words.js';
import { isPastForm } from '../../text/index.js';

const YEAR = String.raw`(?<y>1[0-9]{3}|20[0-9]{2})`;
const DAY = String.raw`(?<d>[0-3]?\d)(?:st|nd|rd|th)?`;
export const UNTIL_BEFORE = /\buntil\s+$/i;
// "on patrol since March and was scheduled to return": a point after "since" is behind us
const SINCE_BEFORE = /\bsince\s+$/i;
// "sales began in January", "the ban was lifted in March": a past verb that governs the month itself dates a
// past event, so the month is the latest one not after the report, like "since January" (a December report's
// "began in January" is this year's January, not the coming one). Not a plan ("scheduled in", "expected in")
// nor a participle after "be", "to" or a modal ("will be held in", "to be signed in").
const PAST_VERB_IN = /\b([a-z]+)\s+([a-z]+)\s+in\s+$/i;
const NOT_PAST_EVENT = /^(?:be|been|being|is|are|am|to|will|would|shall|should|could|can|may|might|must)$/i;
const PLAN_PARTICIPLE = /^(?:planned|scheduled|set|due|expected|intended|slated|timed)$/i;
function pastVerbBefore(textBefore: string): boolean {
  const m = PAST_VERB_IN.exec(textBefore);
  if (!m) return false;
  const [, prev, verb] = m as unknown as [string, string, string];
  if (verb !== verb.toLowerCase() || PLAN_PARTICIPLE.test(verb) || NOT_PAST_EVENT.test(prev)) return false;
  return isPastForm(verb);
}
/** Words after which a year that a plural noun follows is still a year ("the 2016 elections", "in 2019 voters chose"). */
const YEAR_BEFORE_NOUN = /(?:\b(?:the|a|an|this|that|its|their|his|her|our|in|of|since|by|from|to|until|till|through|for|during|before|after|between|and|or|around|about|circa|early|late|mid|fiscal)|['’]s|[(,—–:])\s+$/i;

/**
 * "forcing 1852 locals to leave", "sent 2000 troops": a four-digit number right before a plural noun counts
 * that noun unless a determiner or preposition makes it a year that modifies the noun ("the 2016 elections").
 */
function countedAfterVerb(nextWord: string, textBefore: string): boolean {
  return /^[a-z]{3,}[^su']s$/.test(nextWord) && textBefore.trim() !== '' && !YEAR_BEFORE_NOUN.test(textBefore);
}
const DIRECTION_WORDS = ['last', 'next', 'this', 'past', 'coming'];

function direction(word: string | undefined): Direction {
  const w = word?.toLowerCase().replace(/^the\s+/, '');
  if (!w) return null;
  if (w === 'last' || w === 'past' || w === 'previous') return 'last';
  if (w === 'next' || w === 'coming') return 'next';
  return 'this';
}

/** A month word may be abbreviated without a period only before a day number: "Oct 5", not "Mar". */
function acceptsMonth(word: string, withDay: boolean): boolean {
  if (!isCapitalized(word)) return false;
  const bare = word.replace(/\.$/, '');
  return withDay || word.endsWith('.') || bare.length > 4 || bare === 'May' || bare === 'June' || bare === 'July';
}

/** "Sun", "Sat", "Wed" are words; short weekday forms count only with their period ("Sat."). */
function acceptsWeekday(word: string): boolean {
  return isCapitalized(word) && (word.replace(/\.$/, '').length > 5 || word.endsWith('.'));
}

function dayValue(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** "March 2" / "2 March" / "Monday, March 2, 2026" → an absolute date, or a yearless calendar date. */
function buildMonthDay(m: RegExpExecArray): Found | Found[] | null {
  const g = m.groups!;
  const month = monthNumber(g.mon!);
  const day = Number(g.d);
  if (month === null || !acceptsMonth(g.mon!, true) || day < 1 || day > 31) return null;
  if (g.wd && !acceptsWeekday(g.wd)) return null;
  const spec = g.y ? absolute(dayValue(Number(g.y), month, day)) : { kind: 'calendar' as const, month, day, dir: null, yearShift: null };
  const first = whole(m, 'DATE', spec);
  if (!g.range) return first;
  // "March 2–4": two dates, the second on its own digits
  const day2 = Number(g.d2);
  const d2Start = m.index + m[0].lastIndexOf(g.d2!);
  first.end = m.index + m[0].indexOf(g.range);
  const spec2 = g.y ? absolute(dayValue(Number(g.y), month, day2)) : { kind: 'calendar' as const, month, day: day2, dir: null, yearShift: null };
  return [first, { start: d2Start, end: d2Start + g.d2!.length, type: 'DATE', spec: spec2 }];
}

/** The calendar rules, built from the time lexicon the first time a text is tagged. */
export const calendarRules = once((): Rule[] => {
  const { LEX, MONTH, MONTH_WORDS, ORDINAL, ORDINAL_WORDS, PART_OF_DAY, SEASON, SEASON_WORDS, WEEKDAY, WEEKDAY_WORDS } = timeWords();
  const STOP_FOLLOWERS = new Set(LEX.stopYearFollowers);
  const HOLIDAYS = [...Object.keys(LEX.fixedHolidays), 'easter', 'good friday', 'thanksgiving day', 'thanksgiving', 'memorial day', 'labor day'];
  return [
    {
      name: 'iso-date',
      keys: digitKeys(/^\d{4}$/),
      re: /\b(?<y>\d{4})-(?<m>[01]\d)-(?<d>[0-3]\d)\b/g,
      build: (m) => whole(m, 'DATE', absolute(m[0])),
    },
    {
      name: 'numeric-date',
      keys: digitKeys(/^\d{1,2}$/),
      // US order, as in the wire copy this tagger reads: "10/27/89"
      re: /\b(?<m>[01]?\d)\/(?<d>[0-3]?\d)\/(?<y>\d{4}|\d{2})\b/g,
      build: (m) => {
        const g = m.groups!;
        const y = g.y!.length === 2 ? (Number(g.y) < 50 ? 2000 : 1900) + Number(g.y) : Number(g.y);
        if (Number(g.m) < 1 || Number(g.m) > 12 || Number(g.d) < 1 || Number(g.d) > 31) return null;
        return whole(m, 'DATE', absolute(dayValue(y, Number(g.m), Number(g.d))));
      },
    },
    {
      name: 'month-day',
      keys: keys(MONTH_WORDS, WEEKDAY_WORDS),
      re: new RegExp(String.raw`(?:\b(?<wd>${WEEKDAY}),?[^\S\n]+)?\b(?<mon>${MONTH})\s+${DAY}\b(?<range>\s*[-–]\s*(?<d2>[0-3]?\d)\b)?(?!\s*[:.,]\d|%|\s*(?:a\.m|p\.m|am\b|pm\b))(?:,?\s+${YEAR}\b)?`, 'gi'),
      build: buildMonthDay,
    },
    {
      name: 'day-month',
      keys: keys(MONTH_WORDS, WEEKDAY_WORDS, ['the', DIGITS, 'of']),
      re: new RegExp(String.raw`(?:\b(?<wd>${WEEKDAY}),?[^\S\n]+)?\b(?:the\s+)?${DAY}(?:\s+of)?\s+(?<mon>${MONTH})(?:,?\s+${YEAR}\b)?`, 'gi'),
      build: buildMonthDay,
    },
    {
      name: 'month-year',
      keys: keys(MONTH_WORDS, EARLY_WORDS),
      re: new RegExp(String.raw`\b${EARLY}(?<mon>${MONTH}),?\s+(?:of\s+)?${YEAR}\b`, 'gi'),
      build: (m) => {
        const g = m.groups!;
        const month = monthNumber(g.mon!);
        if (month === null || !acceptsMonth(g.mon!, true)) return null;
        return whole(m, 'DATE', absolute(`${g.y}-${pad(month)}`), { mod: earlyMod(g.early) });
      },
    },
    {
      name: 'month',
      keys: keys(MONTH_WORDS, EARLY_WORDS, DIRECTION_WORDS),
      re: new RegExp(String.raw`\b${EARLY}(?:(?<dir>last|next|this|past|coming)\s+)?(?<mon>${MONTH})(?:\s+(?:of\s+)?(?<ys>this|last|next)\s+year)?(?!\s*\d)`, 'gi'),
      build: (m) => {
        const g = m.groups!;
        const month = monthNumber(g.mon!);
        if (month === null || !acceptsMonth(g.mon!, false)) return null;
        // "May" opening a question or followed by a verb is the modal: "May I ask", "may be"
        if (/^may$/i.test(g.mon!) && !g.dir && !g.early && !/\b(?:in|since|until|by|during|of|through|from|to|before|after|early|late|mid)\s+$/i.test(before(m.input, m.index, 12))) return null;
        const yearShift = g.ys ? { this: 0, last: -1, next: 1 }[g.ys.toLowerCase() as 'this'] : null;
        const since = !g.dir && (SINCE_BEFORE.test(before(m.input, m.index, 8)) || pastVerbBefore(before(m.input, m.index, 40)));
        return whole(m, 'DATE', { kind: 'calendar', month, day: null, dir: since ? 'since' : direction(g.dir), yearShift }, { mod: earlyMod(g.early), ...(since ? { tense: 'past' as const } : {}) });
      },
    },
    {
      name: 'year',
      keys: digitKeys(/\d{4}$/, EARLY_WORDS, ['fiscal year', 'fy']),
      re: new RegExp(String.raw`\b${EARLY}(?:(?<fiscal>fiscal(?:\s+year)?|FY)\s*)?(?<![$£€¥#.,\d/])(?<!(?<!\bmid)-)${YEAR}\b(?![,.]\d|%|\s*(?:-|–|/)\s*\d{1,4}\s*%|['’]s)`, 'gi'),
      build: (m, text) => {
        const g = m.groups!;
        const y = Number(g.y);
        // 1600–2099 are the years news writes as bare numbers; "1,200 troops" and "€2015" never reach here
        if (y < 1600) return null;
        const next = /^\s+([a-z]+)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
        if (next && STOP_FOLLOWERS.has(next[1]!)) return null;
        if (next && countedAfterVerb(next[1]!, before(text, m.index, 20))) return null;
        if (/\b(?:No|no|number|Flight|flight|Route|route|Highway|Boeing|model)\.?\s+$/.test(before(text, m.index, 12))) return null;
        return whole(m, 'DATE', absolute(String(y)), { mod: earlyMod(g.early) });
      },
    },
    {
      name: 'short-year',
      // "since '82", "in ’09": a two-digit year after a time preposition; the extent starts at the apostrophe
      keys: digitKeys(/^\d\d$/, ['since in of by until from before after through']),
      re: /\b(?:since|in|of|by|until|from|before|after|through)\s+(?<q>['’])(?<yy>\d\d)\b(?!['’]?s\b)/gi,
      build: (m) => {
        const yy = Number(m.groups!.yy);
        const start = m.index + m[0].lastIndexOf(m.groups!.q!);
        // the numeric-date rule's pivot: '49 is 2049, '50 is 1950
        return { start, end: m.index + m[0].length, type: 'DATE', spec: absolute(String((yy < 50 ? 2000 : 1900) + yy)) };
      },
    },
    {
      name: 'spelled-year',
      keys: keys(['nineteen']),
      re: /\bnineteen\s+(?:hundred\s+(?:and\s+)?)?(?<t>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?<o>one|two|three|four|five|six|seven|eight|nine))?\b/gi,
      build: (m) => {
        const tens = { twenty: 2, thirty: 3, forty: 4, fifty: 5, sixty: 6, seventy: 7, eighty: 8, ninety: 9 }[m.groups!.t!.toLowerCase() as 'twenty'];
        const ones = m.groups!.o ? ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].indexOf(m.groups!.o.toLowerCase()) + 1 : 0;
        return whole(m, 'DATE', absolute(`19${tens}${ones}`));
      },
    },
    {
      name: 'decade',
      // "1990s", "'90s", "1990's" (runs 1990, s)
      keys: digitKeys(/^\d*0s?$/, ['the', 'early', 'late', 'mid']),
      re: /\b(?:the\s+)?(?:(?<early>early|late|mid)[\s-]+)?(?:(?<c>1[0-9]|20)(?<dd>\d)0|['’]?(?<dd2>\d)0)['’]?s\b/gi,
      build: (m) => {
        const g = m.groups!;
        if (!g.c && !/^the\s|['’]/i.test(m[0]) && !g.early) return null; // "70s" alone is often an age or a temperature
        const prefix = m.index > 0 ? m.input[m.index - 1]! : ' ';
        if (/[\d$£€.,]/.test(prefix)) return null;
        // "the 1800s" is a century ("18"); "the 1990s", "the '90s" decades ("199")
        const value = g.c ? (g.dd === '0' && g.c !== '20' ? g.c : `${g.c}${g.dd}`) : `19${g.dd2}`;
        return whole(m, 'DATE', absolute(value), { mod: earlyMod(g.early) });
      },
    },
    {
      name: 'century',
      keys: keys(['century'], ['the', 'early', 'late', 'mid', DIGITS], ORDINAL_WORDS),
      re: new RegExp(String.raw`\b(?:the\s+)?(?:(?<early>early|late|mid)[\s-]+)?(?<ord>\d{1,2}(?:st|nd|rd|th)|${ORDINAL})[\s-]+century\b`, 'gi'),
      build: (m) => {
        const ord = m.groups!.ord!.toLowerCase();
        const n = /^\d/.test(ord) ? parseInt(ord, 10) : LEX.ordinals[ord];
        if (!n || /final|last/.test(ord)) return null;
        return whole(m, 'DATE', absolute(pad(n - 1)), { mod: earlyMod(m.groups!.early) });
      },
    },
    {
      name: 'season',
      keys: keys(SEASON_WORDS, EARLY_WORDS, DIRECTION_WORDS, ['the']),
      re: new RegExp(String.raw`\b${EARLY}(?:(?<dir>last|this|next|past|coming)\s+)?(?:the\s+)?(?<s>${SEASON})\b(?:\s+(?:of\s+)?${YEAR}\b)?`, 'gi'),
      build: (m, text) => {
        const g = m.groups!;
        const season = LEX.seasons[g.s!.toLowerCase()]!;
        const mod = earlyMod(g.early);
        if (g.y) return whole(m, 'DATE', absolute(`${g.y}-${season}`), { mod });
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
        // a bare "fall"/"spring" is a noun or verb unless a time preposition governs it: "in the fall" yes, "a fall in prices" no
        if (!g.dir && !g.early && !/\b(?:in|during|since|until|by|through|over|this|next|last|every|each)\s+(?:the\s+)?$/i.test(before(text, m.index, 16))) return null;
        if (/^\s+of\b/i.test(after)) return null;
        return whole(m, 'DATE', { kind: 'season', season, dir: direction(g.dir) }, { mod });
      },
    },
    {
      name: 'weekday',
      keys: keys(WEEKDAY_WORDS, ['early', 'late', 'earlier', 'later'], DIRECTION_WORDS),
      re: new RegExp(String.raw`\b(?:(?<early>early|late|earlier|later)\s+)?(?:(?<dir>last|next|this|past|coming)\s+)?(?<wd>${WEEKDAY})(?:['’]s)?(?:\s+(?<part>${PART_OF_DAY}))?\b`, 'gi'),
      build: (m, text) => {
        const g = m.groups!;
        const weekday = weekdayNumber(g.wd!);
        if (weekday === null || !acceptsWeekday(g.wd!)) return null;
        // "markets remain closed until Friday": a deadline lies ahead whatever the verb's tense
        const until = UNTIL_BEFORE.test(before(text, m.index, 8));
        const part = g.part ? LEX.partsOfDay[g.part.toLowerCase()] : undefined;
        return whole(m, part ? 'TIME' : 'DATE', { kind: 'weekday', weekday, dir: direction(g.dir) }, {
          time: part ? (part.startsWith('T') ? part : `T${part}`) : null,
          mod: earlyMod(g.early),
          ...(until ? { tense: 'future' as const } : /['’]s$/.test(m[0]) || SINCE_BEFORE.test(before(text, m.index, 8)) ? { tense: 'past' as const } : {}),
        });
      },
    },
    {
      name: 'holiday',
      keys: keys(HOLIDAYS.map((h) => h.split(/[^a-z]+/)[0]!)),
      re: new RegExp(String.raw`\b(?<h>${[...HOLIDAYS]
        .sort((a, b) => b.length - a.length).map((h) => h.replace(/\./g, '\\.').replace(/'/g, "['’]").replace(/\s+/g, '\\s+')).join('|')})\b(?:,?\s+${YEAR}\b)?`, 'gi'),
      build: (m) => {
        const g = m.groups!;
        if (!isCapitalized(g.h!)) return null;
        const key = g.h!.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
        const name = LEX.fixedHolidays[key] ?? (key === 'thanksgiving day' ? 'thanksgiving' : key);
        if (g.y && /^\d\d-\d\d$/.test(name)) return whole(m, 'DATE', absolute(`${g.y}-${name}`));
        return whole(m, 'DATE', { kind: 'holiday', name, dir: null });
      },
    },
  ];
});
