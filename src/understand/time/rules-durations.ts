// Rules for lengths of time, repetitions and clock times: "three days" (DURATION P3D), "the past
// three years" (P3Y), "every year" / "weekly" (SET), "at 6am" / "9 a.m. Tuesday" (TIME).
import { durationValue } from './durations.js';
import { UNTIL_BEFORE } from './rules-calendar.js';
import { pad } from './calendar.js';
import { once } from '../../core/lazy.js';
import { absolute, before, digitKeys, keys, phraseKeys, QUALIFIER, QUALIFIER_WORDS, qualifierMod, whole, type Rule } from './rule.js';
import type { TimeSpec } from './spec.js';
import { monthNumber, parseNumber, timeWords, unitCode, weekdayNumber } from './words.js';

// "$5 a year", "twice a week", "3% a month": an amount before "a <unit>" makes it a rate (SET)
const AMOUNT_BEFORE = /(?:\d|%|percent|cents?|dollars?|pounds?|euros?|million|billion|times|once|twice)\s*(?:\w+\s+)?$/i;
// A bare plural unit is a duration only after these: "for years", "within months", "took decades"
const BARE_UNIT_GOVERNORS = /\b(?:for|in|over|within|after|take|takes|took|taken|spent|spend|lasted|last|lasting)\s+$/i;
// every run the duration rule allows before its unit, besides qualifiers and numbers
const DURATION_LEAD = [
  'the another an additional each of',
  'past last next previous coming first final latest following preceding remaining additional further prior',
  'to or more additional straight consecutive full long',
];
const ZONES = 'EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT';

function daySpec(word: string | undefined): TimeSpec {
  if (!word) return { kind: 'shift', unit: 'D', n: 0 };
  const w = word.toLowerCase();
  if (w === 'yesterday') return { kind: 'shift', unit: 'D', n: -1 };
  if (w === 'tomorrow') return { kind: 'shift', unit: 'D', n: 1 };
  if (w === 'today' || w === 'tonight') return { kind: 'shift', unit: 'D', n: 0 };
  return { kind: 'weekday', weekday: weekdayNumber(word) ?? 1, dir: null };
}

/** The duration, set and clock-time rules, built from the time lexicon the first time a text is tagged. */
export const durationRules = once((): Rule[] => {
  const { LEX, MONTH, NUMBER, NUMBER_WORDS, UNIT, UNIT_WORDS, VAGUE, WEEKDAY } = timeWords();
  const SET_WORDS = Object.keys(LEX.sets).sort((a, b) => b.length - a.length).join('|');
  return [
    {
      name: 'duration',
      keys: keys(UNIT_WORDS, QUALIFIER_WORDS, NUMBER_WORDS, DURATION_LEAD),
      re: new RegExp(String.raw`\b${QUALIFIER}(?:(?<det>the|another|an\s+additional|each\s+of\s+the)\s+)?(?:(?<adj>past|last|next|previous|coming|first|final|latest|following|preceding|remaining|additional|further|prior)\s+)?(?:(?<num>${NUMBER}|${VAGUE})(?:\s*(?:to|or|-|–)\s*(?<num2>${NUMBER}))?(?:\s+(?:more|additional|straight|consecutive|full|long))?[\s-]+)?(?<unit>${UNIT})(?:-(?<suf>long))?\b(?!-old)`, 'gi'),
      build: (m, text) => {
        const g = m.groups!;
        const code = unitCode(g.unit!);
        if (code === null || code === 'WE') return null;
        const unitWord = g.unit!.toLowerCase();
        const plural = /s$/.test(unitWord) && unitWord !== 'hrs' ? true : /^(?:centuries|millennia)$/.test(unitWord);
        const mod = qualifierMod(g.q);
        if (!g.num) {
          // "years" alone: a vague duration when governed ("for years"); "the first hours" likewise
          if (!plural) return null;
          if (!g.adj && !BARE_UNIT_GOVERNORS.test(before(text, m.index, 12))) return null;
          return whole(m, 'DURATION', absolute(durationValue(null, code)), { mod });
        }
        const numStart = m.index + m[0].toLowerCase().indexOf(g.num.toLowerCase());
        if (/[\d,.$£€]/.test(text[numStart - 1] ?? ' ')) return null; // "2,000 years" is not "000 years"
        const n = parseNumber(g.num);
        const word = g.num.toLowerCase();
        // "a second term", "one second place": an ordinal, not a unit of time
        if (code === 'SEC' && !/^\d/.test(word) && !plural) return null;
        if ((word === 'a' || word === 'an') && !g.det && !g.q && AMOUNT_BEFORE.test(before(text, m.index, 25))) {
          return whole(m, 'SET', absolute(durationValue(1, code)));
        }
        if (n === null && !plural) return null;
        return whole(m, 'DURATION', absolute(durationValue(n, code)), { mod: mod ?? (g.num2 ? 'EQUAL_OR_MORE' : null) });
      },
    },
    {
      name: 'every',
      keys: keys(['every', 'each', 'per']),
      re: new RegExp(String.raw`\b(?:every|each|per)\s+(?:(?<other>other)\s+)?(?:(?<num>${NUMBER})\s+)?(?<u>${UNIT}|${WEEKDAY}|${MONTH})`, 'gi'),
      build: (m) => {
        const g = m.groups!;
        const weekday = weekdayNumber(g.u!);
        if (weekday !== null && /^[A-Z]/.test(g.u!)) return whole(m, 'SET', absolute(`XXXX-WXX-${weekday}`));
        const month = monthNumber(g.u!);
        if (month !== null && /^[A-Z]/.test(g.u!) && unitCode(g.u!) === null) return whole(m, 'SET', absolute(`XXXX-${pad(month)}`));
        const code = unitCode(g.u!);
        if (code === null || code === 'WE') return null;
        const n = (g.num ? parseNumber(g.num) : 1) ?? 1;
        return whole(m, 'SET', absolute(durationValue(g.other ? 2 * n : n, code)));
      },
    },
    {
      name: 'frequency',
      keys: keys(UNIT_WORDS, ['once twice thrice times a an per each every'], NUMBER_WORDS),
      re: new RegExp(String.raw`\b(?:once|twice|thrice|(?:${NUMBER})\s+times)\s+(?:a|an|per|each|every)\s+(?<u>${UNIT})\b`, 'gi'),
      build: (m) => {
        const code = unitCode(m.groups!.u!);
        return code === null ? null : whole(m, 'SET', absolute(durationValue(1, code)));
      },
    },
    {
      name: 'set-word',
      keys: phraseKeys(Object.keys(LEX.sets)),
      re: new RegExp(String.raw`\b(?:${SET_WORDS})\b(?!-)`, 'gi'),
      build: (m) => whole(m, 'SET', absolute(LEX.sets[m[0].toLowerCase()]!)),
    },
    {
      name: 'clock',
      keys: digitKeys(/^\d{1,2}[a-z]*$/i), // "6", "6am", "6a.m.", "6o'clock"
      re: new RegExp(String.raw`\b(?<h>[01]?\d|2[0-3])(?:[:.](?<min>[0-5]\d))?\s*(?:(?<ap>[ap]\.\s?m\.|[ap]m\b)|(?<oc>o['’]clock))(?:\s+(?<tz>${ZONES})\b)?(?:\s+(?:on\s+)?(?<day>${WEEKDAY}|today|tonight|yesterday|tomorrow))?`, 'gi'),
      build: (m, text) => {
        const g = m.groups!;
        let h = Number(g.h);
        if (g.ap) {
          if (h < 1 || h > 12) return null;
          const pm = /^p/i.test(g.ap);
          h = pm ? (h % 12) + 12 : h % 12;
        }
        if (g.day && weekdayNumber(g.day) !== null && !/^[A-Z]/.test(g.day)) return null;
        const z = g.tz && /^(GMT|UTC)$/i.test(g.tz) ? 'Z' : '';
        // "until 9 a.m. Tuesday": a deadline ahead, as for a bare day name (rules-calendar.ts)
        const until = g.day && weekdayNumber(g.day) !== null && UNTIL_BEFORE.test(before(text, m.index, 8));
        return whole(m, 'TIME', daySpec(g.day), { time: `T${pad(h)}:${g.min ?? '00'}${z}`, ...(until ? { tense: 'future' as const } : {}) });
      },
    },
    {
      name: 'clock-24h',
      // "10:30 GMT", and the wire's "0800 UTC" (a zone makes four digits a time, not a year or a count)
      keys: digitKeys(/^\d{1,4}$/),
      re: new RegExp(String.raw`\b(?<h>[01]?\d|2[0-3]):?(?<min>[0-5]\d)\s*(?<tz>${ZONES})\b(?:\s+(?:on\s+)?(?<day>${WEEKDAY}|today|tonight|yesterday|tomorrow))?`, 'g'),
      build: (m) => {
        const g = m.groups!;
        const z = /^(GMT|UTC)$/.test(g.tz!) ? 'Z' : '';
        return whole(m, 'TIME', daySpec(g.day), { time: `T${pad(Number(g.h))}:${g.min}${z}` });
      },
    },
    {
      name: 'noon',
      keys: keys(['noon', 'midnight', 'midday']),
      // "noon Thursday", "midnight on Friday": the time of that day
      re: new RegExp(String.raw`\b(?<w>noon|midnight|midday)\b(?:\s+(?:on\s+)?(?<day>today|tonight|yesterday|tomorrow|${WEEKDAY}))?`, 'gi'),
      build: (m) => {
        const w = m.groups!.w!.toLowerCase();
        const time = w === 'midnight' ? 'T24:00' : 'T12:00';
        const day = m.groups!.day;
        // only a written-out, capitalised day name joins: "the midday sun" is noon alone
        if (day && weekdayNumber(day) !== null && !/^[A-Z][a-z]+day$/.test(day)) {
          return { start: m.index, end: m.index + m.groups!.w!.length, type: 'TIME', spec: daySpec(undefined), time };
        }
        return whole(m, 'TIME', daySpec(day), { time });
      },
    },
  ];
});
