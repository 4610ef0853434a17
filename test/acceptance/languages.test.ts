// Acceptance for articles in other languages (issue 11, part 6), through `dossier analyze` as a user runs
// it: a German and a French report of one visit are stored, searchable and clustered with the English
// report of it, but get no English-rule entities or claims — their `analysis` says so — and their dates
// come from chrono-node; an unrelated German report stays apart; the dossier is valid.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier, DossierArticle } from '../../src/core/dossier.js';
import { validateDossier } from '../../src/services/validate-dossier.js';
import { runCli } from '../support/run-cli.js';

const ARTICLES: Record<string, { title: string; published: string; source: string; text: string }> = {
  'de-nordblatt.json': {
    title: 'Merz in Paris: Kanzler wirbt für engere Verteidigungspartnerschaft', published: '2026-03-05', source: 'Nordblatt',
    text: [
      'Bundeskanzler Friedrich Merz ist am Mittwoch zu einem zweitägigen Besuch in Paris eingetroffen. Nach Jahren der Abstimmung wollen Deutschland und Frankreich ihre Partnerschaft in der Verteidigung vertiefen.',
      '„Die deutsch-französische Partnerschaft ist für Europa unverzichtbar“, sagte Merz nach dem Treffen mit Präsident Emmanuel Macron im Élysée-Palast. Am 12. März 2026 wollen beide Regierungen eine gemeinsame Erklärung zur Rüstungszusammenarbeit unterzeichnen.',
      'Gestern hatten die Außenminister beider Länder bereits in Berlin beraten. Macron nannte die Lage in Europa „ernst“.',
    ].join('\n\n'),
  },
  'de-suedkurier.json': {
    title: 'Kanzler Merz besucht Macron – Erklärung zur Rüstung im März', published: '2026-03-05', source: 'Südkurier Online',
    text: [
      'Der Bundeskanzler ist am Mittwoch in Paris mit Präsident Macron zusammengetroffen. Beide Regierungen wollen am 12. März 2026 eine gemeinsame Erklärung zur Rüstungszusammenarbeit unterzeichnen.',
      '„Die deutsch-französische Partnerschaft ist für Europa unverzichtbar“, sagte Merz im Élysée-Palast. Der Besuch in Paris dauert zwei Tage; die Verteidigung steht im Mittelpunkt der Gespräche.',
    ].join('\n\n'),
  },
  'de-hochwasser.json': {
    title: 'Hochwasser in Passau: Pegel der Donau steigt weiter', published: '2026-03-05', source: 'Nordblatt',
    text: [
      'In Passau ist der Pegel der Donau am Mittwoch weiter gestiegen. Die Stadt hat mehrere Uferstraßen gesperrt und Sandsäcke an die Anwohner verteilt.',
      '„Wir rechnen damit, dass der Höchststand erst am Freitag erreicht wird“, sagte ein Sprecher der Stadt. Die Feuerwehr ist seit gestern mit mehr als zweihundert Helfern im Einsatz, und die Schulen in der Altstadt bleiben geschlossen.',
    ].join('\n\n'),
  },
  'fr-quotidien.json': {
    title: 'Friedrich Merz à Paris pour relancer la défense européenne', published: '2026-03-05', source: 'Le Quotidien',
    text: [
      'Le chancelier allemand Friedrich Merz est arrivé mercredi à Paris pour une visite de deux jours. Après des années de discussions, la France et l’Allemagne veulent approfondir leur partenariat de défense.',
      '« Le partenariat franco-allemand est indispensable pour l’Europe », a déclaré Emmanuel Macron à l’Élysée. Le 12 mars 2026, les deux gouvernements signeront une déclaration commune sur l’armement.',
    ].join('\n\n'),
  },
  'en-herald.json': {
    title: 'German chancellor Merz visits Paris to deepen defence ties', published: '2026-03-05', source: 'Channel Herald',
    text: [
      'German Chancellor Friedrich Merz arrived in Paris on Wednesday for a two-day visit aimed at deepening defence cooperation with France.',
      '“The Franco-German partnership is indispensable for Europe,” Merz said after meeting President Emmanuel Macron at the Élysée Palace. The two governments plan to sign a joint declaration on arms cooperation on March 12.',
    ].join('\n\n'),
  },
};

let dir = '';
let db = '';
let dossier: Dossier;
const article = (file: string): DossierArticle => {
  const found = dossier.articles.find((a) => a.file?.endsWith(file));
  if (!found) throw new Error(`no article from ${file}`);
  return found;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-languages-'));
  const corpus = join(dir, 'corpus');
  db = join(dir, 'dossier.db');
  mkdirSync(corpus);
  for (const [name, record] of Object.entries(ARTICLES)) writeFileSync(join(corpus, name), JSON.stringify(record));
  const r = await runCli(['analyze', corpus, '--format', 'json', '--db', db]);
  expect(r.code).toBe(0);
  dossier = JSON.parse(r.stdout) as Dossier;
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dossier analyze on German, French and English reports', () => {
  it('writes a valid dossier with every article', () => {
    expect(validateDossier(dossier)).toEqual([]);
    expect(dossier.articles).toHaveLength(5);
  });

  it.each([
    ['de-nordblatt.json', 'de'], ['de-suedkurier.json', 'de'], ['de-hochwasser.json', 'de'], ['fr-quotidien.json', 'fr'],
  ])('%s is %s: no entities or claims, and its analysis says why', (file, language) => {
    const a = article(file);
    expect(a.language).toBe(language);
    expect(a.analysis.language).toBe(language);
    expect(a.analysis.skipped.map((n) => n.stage)).toEqual(['entities', 'claims']);
    expect(a.analysis.limited.map((n) => n.stage)).toEqual(['sentences', 'times', 'quotes']);
    expect(a.annotations.entities).toEqual([]);
    expect(a.annotations.claims).toEqual([]);
    expect(a.annotations.quotes.every((q) => q.speaker === null)).toBe(true);
  });

  it('resolves the German and French dates against the publication date', () => {
    const times = (file: string): [string, string][] => article(file).annotations.times.map((t) => [t.text, t.value]);
    expect(times('de-nordblatt.json')).toEqual([['am Mittwoch', '2026-03-04'], ['Am 12. März 2026', '2026-03-12'], ['Gestern', '2026-03-04']]);
    expect(times('fr-quotidien.json')).toEqual([['mercredi', '2026-03-04'], ['12 mars 2026', '2026-03-12']]);
  });

  it('keeps English rules for the English report', () => {
    const a = article('en-herald.json');
    expect(a.analysis).toEqual({ language: 'en', skipped: [], limited: [] });
    expect(a.annotations.entityIndex.map((e) => e.name)).toContain('Friedrich Merz');
    expect(a.annotations.claims.length).toBeGreaterThan(0);
  });

  it('clusters the reports of the visit together and keeps the flood apart', () => {
    const storyOf = (file: string): string => article(file).storyId;
    const visit = storyOf('de-nordblatt.json');
    expect(storyOf('de-suedkurier.json')).toBe(visit);
    expect(storyOf('fr-quotidien.json')).toBe(visit);
    expect(storyOf('en-herald.json')).toBe(visit);
    expect(storyOf('de-hochwasser.json')).not.toBe(visit);
  });

  it('lines up the quote two German outlets share, without a speaker', () => {
    const visit = dossier.stories.find((s) => s.articleIds.includes(article('de-nordblatt.json').id))!;
    const shared = visit.quotes.find((q) => q.text.startsWith('Die deutsch-französische Partnerschaft'));
    expect(shared?.speaker).toBeNull();
    expect(shared?.evidence).toHaveLength(2);
  });

  it('finds German articles by their words', async () => {
    const r = await runCli(['search', 'Partnerschaft', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Merz in Paris');
    expect(r.stdout).toContain('Kanzler Merz besucht Macron');
  });

  it('says in the reports which stages the language kept from running', async () => {
    const md = await runCli(['analyze', join(dir, 'corpus', 'de-nordblatt.json'), '--format', 'md']);
    expect(md.stdout).toMatch(/\| entities \| English rules only \(capitalised names, titles, roles\); the article is in German \(de\) \| language \|/);
    const html = await runCli(['analyze', join(dir, 'corpus', 'de-nordblatt.json'), '--format', 'html']);
    expect(html.stdout).toMatch(/<span class="muted">English rules only \(capitalised names, titles, roles\); the article is in German \(de\)<\/span>/);
  });
});
