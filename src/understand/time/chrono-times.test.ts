// Dates of articles in other languages, read by chrono-node's parser for the language, as TIMEX3 values
// against the reference date Thursday 2026-03-05 (or none).
import { describe, expect, it } from 'vitest';
import type { ChronoLanguage } from '../language-support.js';
import { splitSentences } from '../sentences.js';
import { tagTimesInLanguage } from './chrono-times.js';

const THURSDAY = '2026-03-05';

type Row = [label: string, language: ChronoLanguage, text: string, reference: string | null, expected: [text: string, value: string][]];

const rows: Row[] = [
  ['de: a written date', 'de', 'Am 12. März 2026 unterzeichnen beide eine Erklärung.', THURSDAY, [['Am 12. März 2026', '2026-03-12']]],
  ['de: "Gestern" is the day before', 'de', 'Gestern hatten die Außenminister in Berlin beraten.', THURSDAY, [['Gestern', '2026-03-04']]],
  ['de: a weekday is the nearest one', 'de', 'Bundeskanzler Merz ist am Mittwoch in Paris eingetroffen.', THURSDAY, [['am Mittwoch', '2026-03-04']]],
  ['de: "nächsten Montag" looks forward', 'de', 'Die Gespräche gehen nächsten Montag weiter.', THURSDAY, [['nächsten Montag', '2026-03-09']]],
  ['de: a date without a year is the nearest one', 'de', 'Am 3. Oktober wird gefeiert.', THURSDAY, [['Am 3. Oktober', '2025-10-03']]],
  ['de: a range within a month is that month', 'de', 'Die Messe läuft vom 3. bis 5. Mai in Köln.', THURSDAY, [['3. bis 5. Mai', '2026-05']]],
  ['de: "im Januar 2025" (a month alone) is not read by chrono-node', 'de', 'Im Januar 2025 war er zuletzt in Paris.', THURSDAY, []],
  ['de: "vergangene Woche" is a week, not a day', 'de', 'Vergangene Woche hatten beide telefoniert.', THURSDAY, [['Vergangene Woche', '2026-W09']]],
  ['de: "vor zwei Wochen" is a week', 'de', 'Vor zwei Wochen war er in Rom.', THURSDAY, [['Vor zwei Wochen', '2026-W08']]],
  ['de: "letzten Monat" is a month, "letztes Jahr" a year', 'de', 'Letzten Monat stieg die Zahl, letztes Jahr fiel sie.', THURSDAY, [['Letzten Monat', '2026-02'], ['letztes Jahr', '2025']]],
  ['de: "heute Abend" is the day, not an invented hour', 'de', 'Heute Abend trifft er Macron.', THURSDAY, [['Heute Abend', '2026-03-05']]],
  ['de: "nächsten Monat" is next month; "für fünf Jahre" is a duration', 'de', 'Nächsten Monat beginnt das Mandat für fünf Jahre.', THURSDAY, [['Nächsten Monat', '2026-04']]],
  ['de: a clock time alone is not a date', 'de', 'Die Sitzung beginnt um 14 Uhr im Kanzleramt.', THURSDAY, []],
  ['de: without a reference date only dates that write their year', 'de', 'Gestern sprach er. Am 12. März 2026 wird unterzeichnet.', null, [['Am 12. März 2026', '2026-03-12']]],
  ['de: "jetzt" is PRESENT_REF, as "now" is in English', 'de', 'Jetzt muss Europa handeln.', null, [['Jetzt', 'PRESENT_REF']]],
  ['de: "so" in "und so weiter" is no Sunday', 'de', 'Sie sprachen über Zölle, Quoten und so weiter.', THURSDAY, []],
  ['pt: "ter" (to have) is no Tuesday', 'pt', 'O governo vai ter uma reunião com os sindicatos.', THURSDAY, []],
  ['pt: a written date in DD/MM/YYYY is day first', 'pt', 'Publicado em 05/10/2018 pela secretaria.', THURSDAY, [['05/10/2018', '2018-10-05']]],
  ['ru: "май" (May) inside "майонеза" is no date', 'ru', 'Добавить 200 гр майонеза или сметаны.', THURSDAY, []],
  ['ru: "1,5 года назад" is not "5 года назад"', 'ru', 'Это было где-то 1,5 года назад.', THURSDAY, []],
  ['ru: "13 лет назад" is a year', 'ru', 'Он начал 13 лет назад.', THURSDAY, [['13 лет назад', '2013']]],
  ['de: a fraction is no date', 'de', 'Gut 1/3 der Stimmen gingen an die Opposition.', THURSDAY, []],
  ['de: "vor drei Stunden" gives no day', 'de', 'Vor drei Stunden landete die Maschine.', THURSDAY, []],
  ['ru: "последней" ("the last") alone is no date', 'ru', 'В последней главе книги он вернулся домой.', THURSDAY, []],
  ['fr: a weekday', 'fr', 'Le chancelier est arrivé mercredi à Paris.', THURSDAY, [['mercredi', '2026-03-04']]],
  ['fr: a written date', 'fr', 'Le 12 mars 2026, les deux pays signeront.', THURSDAY, [['12 mars 2026', '2026-03-12']]],
  ['fr: "la semaine dernière" is a week', 'fr', 'La semaine dernière, les ministres se sont parlé.', THURSDAY, [['La semaine dernière', '2026-W09']]],
  ['fr: "une visite de deux jours" is a duration, not a date', 'fr', 'Il entame une visite de deux jours à Berlin.', THURSDAY, []],
  ['fr: "une peine de cinq ans" is no date in 2031', 'fr', 'Il a été condamné à une peine de cinq ans.', THURSDAY, []],
  ['fr: "la semaine prochaine" is next week', 'fr', 'Les ministres se retrouveront la semaine prochaine.', THURSDAY, [['la semaine prochaine', '2026-W11']]],
  ['fr: "hier" and "demain"', 'fr', 'Hier, il était à Berlin ; demain, il sera à Rome.', THURSDAY, [['Hier', '2026-03-04'], ['demain', '2026-03-06']]],
  ['es: a written date', 'es', 'El 12 de marzo de 2026 firmarán el acuerdo.', THURSDAY, [['12 de marzo de 2026', '2026-03-12']]],
  ['es: a month and year is a month', 'es', 'La crisis empezó en enero de 2025.', THURSDAY, [['enero de 2025', '2025-01']]],
  ['it: a written date', 'it', 'Il 12 marzo 2026 firmeranno l’accordo.', THURSDAY, [['Il 12 marzo 2026', '2026-03-12']]],
  ['it: "ieri"', 'it', 'Ieri il ministro è arrivato a Parigi.', THURSDAY, [['Ieri', '2026-03-04']]],
  ['pt: a date with a clock time is the date', 'pt', 'Publicado sexta-feira, 22 de outubro de 2010 às 20:13 em Lisboa.', THURSDAY, [['sexta-feira, 22 de outubro de 2010 às 20:13', '2010-10-22']]],
  ['nl: a written date', 'nl', 'Op 12 maart 2026 tekenen ze het akkoord.', THURSDAY, [['12 maart 2026', '2026-03-12']]],
  ['nl: "gisteren"', 'nl', 'Gisteren kwam de kanselier aan in Parijs.', THURSDAY, [['Gisteren', '2026-03-04']]],
  ['ru: a written date', 'ru', 'Соглашение подпишут 12 марта 2026 года в Париже.', THURSDAY, [['12 марта 2026 года', '2026-03-12']]],
  ['ru: "вчера"', 'ru', 'Канцлер вчера прибыл в Париж.', THURSDAY, [['вчера', '2026-03-04']]],
  ['uk: a written date', 'uk', 'Угоду підпишуть 12 березня 2026 року.', THURSDAY, [['12 березня 2026 року', '2026-03-12']]],
  ['sv: a written date', 'sv', 'Avtalet undertecknas den 12 mars 2026 i Paris.', THURSDAY, [['den 12 mars 2026', '2026-03-12']]],
  ['fi: a written date and "eilen"', 'fi', 'Eilen sovittiin, että sopimus allekirjoitetaan 12. maaliskuuta 2026.', THURSDAY, [['Eilen', '2026-03-04'], ['12. maaliskuuta 2026', '2026-03-12']]],
  ['ja: a written date and 昨日', 'ja', '首相は昨日パリに到着した。2026年3月12日に署名する。', THURSDAY, [['昨日', '2026-03-04'], ['2026年3月12日', '2026-03-12']]],
  ['zh: a written date and 昨天', 'zh', '总理昨天抵达巴黎。2026年3月12日签署协议。', THURSDAY, [['昨天', '2026-03-04'], ['2026年3月12日', '2026-03-12']]],
  ['vi: a written date', 'vi', 'Ngày 12 tháng 3 năm 2026 hai bên sẽ ký.', THURSDAY, [['Ngày 12 tháng 3 năm 2026', '2026-03-12']]],
  ['id: a written date and "kemarin"', 'id', 'Kemarin kanselir tiba. Mereka akan menandatangani pada 12 Maret 2026.', THURSDAY, [['Kemarin', '2026-03-04'], ['12 Maret 2026', '2026-03-12']]],
  ['ar: a written date', 'ar', 'سيوقع الجانبان الاتفاق في 12 مارس 2026 في باريس.', THURSDAY, [['في 12 مارس 2026', '2026-03-12']]],
];

describe('tagTimesInLanguage', () => {
  it.each(rows)('%s', (_label, language, text, reference, expected) => {
    const input = { text, sentences: splitSentences(text, [], language), headings: [], reference, dateline: null, language };
    const times = tagTimesInLanguage(input, language);
    expect(times.map((t) => [t.text, t.value])).toEqual(expected);
    for (const t of times) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.relative).toBeNull();
      expect(t.reference).toBe(reference);
    }
  });

  it('gives each expression its sentence and a precision', () => {
    const text = 'El canciller llegó el miércoles. La crisis empezó en enero de 2025.';
    const times = tagTimesInLanguage({ text, sentences: splitSentences(text, [], 'es'), headings: [], reference: THURSDAY, dateline: null, language: 'es' }, 'es');
    expect(times.map((t) => [t.value, t.precision, t.sentence])).toEqual([['2026-03-04', 'day', 0], ['2025-01', 'month', 1]]);
  });
});
