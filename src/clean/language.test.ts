// An article's language: declared or detected, and "not English" only when franc is sure — a wrong
// "not English" would cost an English article all its entities and claims. Checked on invented texts
// and on every English article of ../shared (skipped when absent).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LanguageSource, Sourced } from '../core/types.js';
import { detectLanguage, normaliseLanguageTag } from './language.js';

const EN = 'Karsland’s foreign minister arrived in Port Elan on Monday evening to sign a long-awaited agreement on the ferry. Officials said the talks would run until Wednesday, and that both governments hoped to restore the crossing by next summer.';
const EN_WITH_FOREIGN_WORDS = 'The chancellor called the Zeitenwende a turning point, and officials in Paris spoke of a rapprochement that the Élysée hopes will last. Merz said the Partnerschaft with France was “unverzichtbar” as he left on Wednesday.';
const DE = 'Bundeskanzler Friedrich Merz ist am Mittwoch zu einem zweitägigen Besuch in Paris eingetroffen. Nach Jahren der Abstimmung wollen Deutschland und Frankreich ihre Partnerschaft in der Verteidigung vertiefen, hieß es aus Regierungskreisen.';
const DE_ONE_SENTENCE = 'Die Außenministerin von Karsland ist am Montagabend in Port Elan eingetroffen, um ein lange erwartetes Abkommen über die Fähre zu unterzeichnen.';
const FR = 'La ministre des Affaires étrangères du Karsland est arrivée lundi soir à Port Elan pour signer un accord très attendu sur le ferry. Les discussions doivent durer jusqu’à mercredi, selon des responsables des deux gouvernements.';
const PT = 'O ministro das Relações Exteriores de Karsland chegou na segunda-feira à noite a Port Elan para assinar um acordo muito aguardado sobre a balsa. As negociações devem durar até quarta-feira, segundo autoridades dos dois governos.';
const JA = 'カルスランドの外相は月曜日の夜、ポートエランに到着し、待望のフェリー協定に署名する予定だ。交渉は水曜日まで続くという。両政府の当局者が明らかにした。港の労働者たちは新しい航路を歓迎している。';
// Headline-and-dateline openings in the shape of BASIL's, which franc alone reads as Afrikaans, Swedish or Hausa.
const HEADLINE_AFR = 'Karsland Senators Keep Pressure on Halvard Over Port Elan Ferry Remarks\nVALEPORT -- Karsland senators kept up pressure on Sunday';
const HEADLINE_SWE = 'NEW PORT ELAN -- Sen. Anneli Strand (K-Vals.) set forth a ferry policy vision Wednesday that';
const HEADLINE_HAU = 'Halvard Yards Fire: Port Elan Marina Closed After Blaze\nPORT ELAN, Karsland (AP) -- Firefighters';

const declared = (value: string): Sourced<string, LanguageSource> => ({ value, from: 'html-meta' });
const detected = (value: string): Sourced<string, LanguageSource> => ({ value, from: 'detected' });

describe('detectLanguage', () => {
  const table: Array<[label: string, text: string, declared: Sourced<string, LanguageSource> | null, expected: Sourced<string, LanguageSource> | null]> = [
    ['English paragraph, nothing declared', EN, null, detected('en')],
    ['English with German and French words in it stays English', EN_WITH_FOREIGN_WORDS, null, detected('en')],
    ['a declared tag is reduced to ISO 639-1', EN, declared('en-GB'), declared('en')],
    ['short English headline (under 80 characters): too short to guess', 'Ferry deal signed in Port Elan as Karsland and Velsand end dispute', null, null],
    ['short English headline with its declared language', 'Ferry deal signed in Port Elan as Karsland and Velsand end dispute', declared('en'), declared('en')],
    ['headline + dateline franc reads as Afrikaans: not called foreign', HEADLINE_AFR, null, null],
    ['headline + dateline franc reads as Swedish: not called foreign', HEADLINE_SWE, null, null],
    ['headline + dateline franc reads as Hausa: its declared English stands', HEADLINE_HAU, declared('en'), declared('en')],
    ['German article', DE, null, detected('de')],
    ['French article', FR, null, detected('fr')],
    ['Portuguese article', PT, null, detected('pt')],
    ['one German sentence (under 200 characters) is not enough to call it foreign', DE_ONE_SENTENCE, null, null],
    ['one German sentence keeps its declared German', DE_ONE_SENTENCE, declared('de'), declared('de')],
    ['another script is sure from 80 characters', JA, null, detected('ja')],
    ['a page declaring English over German text is German', DE, declared('en'), detected('de')],
    ['a page declaring German over English text is English', EN, declared('de'), detected('en')],
    ['a declared language wins over franc among other languages (Portuguese vs Galician)', PT, declared('gl'), declared('gl')],
  ];
  it.each(table)('%s', (_label, text, given, expected) => {
    expect(detectLanguage(text, given)).toEqual(expected);
  });

  it('normalises tags: 639-3 to 639-1, unknown tags to null', () => {
    expect(normaliseLanguageTag('deu')).toBe('de');
    expect(normaliseLanguageTag('pt_BR')).toBe('pt');
    expect(normaliseLanguageTag('x-klingon')).toBeNull();
  });
});

const shared = path.resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared/corpora');
const corpora = ['basil/articles.jsonl', 'ecbplus/articles.jsonl', 'extraction-wcxb/gold.jsonl'].map((f) => path.join(shared, f));
const present = corpora.every((f) => existsSync(f));
if (!present) console.warn(`language: ${shared} is incomplete; the real-news check is skipped`);

describe.skipIf(!present)('detectLanguage on real English news (../shared)', () => {
  it('calls none of the 1,865 BASIL, ECB+ and WCXB dev articles foreign (headline first, declared language ignored)', () => {
    const foreign: string[] = [];
    let texts = 0;
    for (const file of corpora) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as { id: string; title?: string; text?: string; body?: string };
        // With its headline first when it has one: headlines and datelines are what franc misreads.
        const body = r.text ?? r.body ?? '';
        const found = detectLanguage(r.title ? `${r.title}\n${body}` : body, null);
        texts++;
        if (found && found.value !== 'en') foreign.push(`${r.id}: ${found.value}`);
      }
    }
    expect(texts).toBe(1865);
    expect(foreign).toEqual([]);
  });
});
