// Specifies `dossier stories list|show|merge|split|recluster` and `dossier explain` through the real CLI,
// in-process, over a temp store filled by `dossier ingest` with invented reports of two events.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentExplanation } from '../../core/stories.js';
import { openStore, type StorySummary } from '../../store/index.js';
import { runCli, type CliResult } from '../../../test/support/run-cli.js';

/**
 * Four reports of one ferry accident in the invented port of Quillhaven (one of them a re-post of
 * another, with a credit line added), two of a mayoral election in the invented town of Fenmoor, and
 * one of an earlier mayoral election in Ostvale: the same topic, a different event (a related story).
 */
const REPORTS = {
  ledger: {
    source: 'Harbour Ledger', date: '2026-05-12T18:00:00Z', title: 'Ferry Aster Bell capsizes off Quillhaven, three dead',
    text: `QUILLHAVEN — Three people died and 41 were rescued on Tuesday after the passenger ferry Aster Bell capsized in heavy swell just outside the harbour of Quillhaven, the coast guard said.

The ferry, operated by Norrvik Lines, was carrying 44 passengers and crew on its morning crossing to the island of Tarnholm when it rolled onto its side about two kilometres from the breakwater.

Coast guard commander Ivo Brandt said rescue boats and a helicopter reached the scene within twenty minutes. “The crew did everything they could in terrible conditions,” Brandt said.

Harbour master Petra Lunde said the Aster Bell had passed its last safety inspection in March. She said the port would stay closed to passenger traffic until Thursday while divers examine the wreck.

Norrvik Lines said it was cooperating fully with the investigation and offered condolences to the families of the victims. The Quillhaven hospital said nine of the survivors were being treated for hypothermia.`,
  },
  copy: {
    source: 'Tarnholm Post', date: '2026-05-12T20:00:00Z', title: 'Three dead as Aster Bell capsizes',
    text: `QUILLHAVEN — Three people died and 41 were rescued on Tuesday after the passenger ferry Aster Bell capsized in heavy swell just outside the harbour of Quillhaven, the coast guard said.

The ferry, operated by Norrvik Lines, was carrying 44 passengers and crew on its morning crossing to the island of Tarnholm when it rolled onto its side about two kilometres from the breakwater.

Coast guard commander Ivo Brandt said rescue boats and a helicopter reached the scene within twenty minutes. “The crew did everything they could in terrible conditions,” Brandt said.

Harbour master Petra Lunde said the Aster Bell had passed its last safety inspection in March. She said the port would stay closed to passenger traffic until Thursday while divers examine the wreck.

Norrvik Lines said it was cooperating fully with the investigation and offered condolences to the families of the victims. The Quillhaven hospital said nine of the survivors were being treated for hypothermia.

This report was first published by the Harbour Ledger.`,
  },
  coastline: {
    source: 'Coastline Daily', date: '2026-05-12T21:30:00Z', title: 'Quillhaven mourns after Tarnholm ferry overturns',
    text: `Quillhaven is in mourning after the Norrvik Lines ferry Aster Bell overturned on Tuesday morning on the short route from Quillhaven to Tarnholm, killing three people.

Forty-one passengers and crew members were pulled from the cold water by lifeboats and a coast guard helicopter, according to commander Ivo Brandt, who led the rescue. Brandt praised fishermen from the harbour who joined the search with their own boats.

Relatives gathered on the quay through the afternoon. Petra Lunde, the harbour master, told reporters that waves of up to four metres had struck the vessel near the breakwater. Lunde said the port of Quillhaven will remain closed to ferries until Thursday.

Survivors described the ferry listing suddenly before it turned over. Several were taken to hospital in Quillhaven with hypothermia. Norrvik Lines has suspended all its Tarnholm crossings while investigators from the maritime authority examine the Aster Bell.`,
  },
  kestrel: {
    source: 'Radio Kestrel', date: '2026-05-13T07:15:00Z', title: 'Investigators question crew of sunken Aster Bell',
    text: `Maritime investigators on Wednesday began questioning the crew of the Aster Bell, the Norrvik Lines ferry that capsized off Quillhaven on Tuesday, killing three passengers.

The inquiry will examine whether the ferry should have sailed for Tarnholm at all in the swell that was forecast for the morning. Coast guard commander Ivo Brandt said 41 survivors had been rescued, most of them within an hour.

Quillhaven harbour master Petra Lunde said divers had reached the wreck, which lies on its side in shallow water two kilometres from the breakwater, and that the harbour would reopen to passenger ferries on Thursday.

Norrvik Lines chief executive Mattis Ekberg apologised to the families and promised compensation. “We will find out what went wrong on the Aster Bell,” Ekberg said. The island of Tarnholm depends on the ferry for food, mail and fuel, and the company said a replacement vessel would sail from Quillhaven by the weekend.`,
  },
  gazette: {
    source: 'Fenmoor Gazette', date: '2026-05-11T09:00:00Z', title: 'Helga Sorrin wins Fenmoor mayoral election',
    text: `FENMOOR — Helga Sorrin was elected mayor of Fenmoor on Sunday, defeating the incumbent Oskar Vell by a wide margin after a campaign dominated by housing and the town's bus network.

Sorrin, a former schoolteacher who ran for the Civic Alliance, won 58 percent of the vote against 39 percent for Vell, the election office said. Turnout was 61 percent, the highest in a Fenmoor municipal vote for two decades.

“Fenmoor voted for affordable homes and buses that run on time,” Sorrin told supporters at the old corn exchange. Vell conceded shortly before midnight and congratulated his rival.

Sorrin will take office on the first of June. She has promised to build 800 council homes in her first term and to restore the night buses cut by the previous council. Vell, who served two terms, said he would return to his law practice.`,
  },
  courier: {
    source: 'Valley Courier', date: '2026-05-11T12:00:00Z', title: 'Vell ousted as Sorrin takes Fenmoor town hall',
    text: `Voters in Fenmoor have ended Oskar Vell's eight years as mayor, handing a clear victory on Sunday to Helga Sorrin of the Civic Alliance.

The town's election office reported that Sorrin took 58 percent of the ballots and Vell 39 percent, on a turnout of 61 percent. Housing costs and cuts to Fenmoor's bus services were the main issues of the campaign, according to exit interviews.

Vell admitted defeat late on Sunday night. “The people of Fenmoor have chosen a new direction and I wish Helga Sorrin well,” he said in a short statement outside the town hall.

Sorrin, 47, taught history at the Fenmoor grammar school for fifteen years before entering local politics. Her programme includes 800 new council homes, a return of the night bus routes and a freeze on parking charges in the town centre. She will be sworn in as mayor on the first of June.`,
  },
  ostvale: {
    source: 'Valley Courier', date: '2025-11-10T08:00:00Z', title: 'Ostvale re-elects mayor Dagny Holm for a third term',
    text: `OSTVALE — Dagny Holm was re-elected mayor of Ostvale on Sunday for a third term, beating the challenger Bertil Rask of the Green Road list in a mayoral election fought over the closure of the town's paper mill.

Holm won 52 percent of the vote and Rask 44 percent, the Ostvale election office said after counting finished late on Sunday night. Turnout was 48 percent, lower than at the last municipal vote.

“Ostvale has trusted us to bring new jobs to the mill site,” Holm told supporters in the square outside the town hall. Rask conceded and said his list would hold the council to its promises.

The mayor has pledged to turn the empty mill into a business park and to keep the town's swimming pool open. The new council will meet for the first time in December, when it must agree a budget for the coming year.`,
  },
};
type Report = keyof typeof REPORTS;
const FERRY: Report[] = ['ledger', 'copy', 'coastline', 'kestrel'];
const ELECTION: Report[] = ['gazette', 'courier'];
const EARLIER_ELECTION: Report[] = ['ostvale'];

const work = mkdtempSync(join(tmpdir(), 'dossier-stories-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const inputs = join(work, 'reports');
beforeAll(() => {
  mkdirSync(inputs, { recursive: true });
  for (const [name, record] of Object.entries(REPORTS)) writeFileSync(join(inputs, `${name}.json`), JSON.stringify(record));
});

let dbCount = 0;
interface Fixture {
  db: string;
  /** Article id of each report. */
  ids: Record<Report, string>;
  cli: (...args: string[]) => Promise<CliResult>;
}

/** A fresh store holding the seven reports, clustered from scratch. */
async function ingestReports(): Promise<Fixture> {
  const db = join(work, `db${dbCount++}`, 'dossier.db');
  const cli = (...args: string[]) => runCli([...args, '--db', db]);
  const ingest = await cli('ingest', inputs);
  expect(ingest.code, ingest.stderr).toBe(0);
  const ids = {} as Record<Report, string>;
  for (const m of ingest.stdout.matchAll(/^ingested\s+([0-9a-f]{16})\s+\S*\/(\w+)\.json/gm)) ids[m[2] as Report] = m[1]!;
  expect(Object.keys(ids).sort()).toEqual(Object.keys(REPORTS).sort());
  expect((await cli('stories', 'recluster')).code).toBe(0);
  return { db, ids, cli };
}

async function storiesJson(f: Fixture): Promise<StorySummary[]> {
  const r = await f.cli('stories', 'list', '--json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as StorySummary[];
}

function storyOf(stories: readonly StorySummary[], articleId: string): StorySummary {
  const story = stories.find((s) => s.articleIds.includes(articleId));
  expect(story, `story of ${articleId}`).toBeDefined();
  return story!;
}

const idsOf = (f: Fixture, reports: readonly Report[]) => reports.map((r) => f.ids[r]).sort();

describe('dossier stories', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await ingestReports();
  });

  it('has help for every subcommand', async () => {
    for (const args of [['stories', '--help'], ...['list', 'show', 'merge', 'split', 'recluster'].map((c) => ['stories', c, '--help']), ['explain', '--help']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: dossier/);
    }
  });

  it('recluster reports how the articles were placed', async () => {
    const r = await f.cli('stories', 'recluster');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('clustered 7 articles into 3 stories (opened 3, joined 3, duplicates 1); replayed 0 corrections');
    const json = JSON.parse((await f.cli('stories', 'recluster', '--json')).stdout) as { assigned: number; stories: number; corrections: number };
    expect(json).toMatchObject({ assigned: 7, stories: 3, corrections: 0 });
  });

  it('list shows one line per story: id, dates, article count, outlets, and the title its dossier chose', async () => {
    const r = await f.cli('stories', 'list');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    // Most recently dated first: the ferry story runs into 13 May, the elections are of 11 May and 10 November.
    expect(lines[0]).toMatch(/^s-\S+\s+2026-05-12 … 2026-05-13\s+4 articles\s+Coastline Daily, Harbour Ledger \+2\s+Ferry Aster Bell capsizes off Quillhaven, three dead$/);
    // The cross-check's title, not the earliest headline ("Helga Sorrin wins Fenmoor mayoral election").
    expect(lines[1]).toMatch(/^s-\S+\s+2026-05-11\s+2 articles\s+Fenmoor Gazette, Valley Courier\s+Vell ousted as Sorrin takes Fenmoor town hall$/);
    expect(lines[2]).toMatch(/^s-\S+\s+2025-11-10\s+1 article\s+Valley Courier\s+Ostvale re-elects mayor Dagny Holm for a third term$/);
    const stories = await storiesJson(f);
    expect(stories.map((s) => s.articleIds.slice().sort())).toEqual([idsOf(f, FERRY), idsOf(f, ELECTION), idsOf(f, EARLIER_ELECTION)]);
  });

  it('list filters by outlet and date', async () => {
    const byOutlet = await f.cli('stories', 'list', '--outlet', 'Valley Courier');
    expect(byOutlet.stdout.trim().split('\n')).toHaveLength(2);
    expect(byOutlet.stdout).toContain('Vell ousted as Sorrin');
    expect(byOutlet.stdout).toContain('Ostvale re-elects');
    const since = await f.cli('stories', 'list', '--since', '2026-05-12');
    expect(since.stdout.trim().split('\n')).toHaveLength(1);
    expect(since.stdout).toContain('Aster Bell');
    const until = await f.cli('stories', 'list', '--until', '2025-12-31');
    expect(until.stdout.trim().split('\n')).toHaveLength(1);
    expect(until.stdout).toContain('Ostvale');
    const page = await f.cli('stories', 'list', '--limit', '1', '--offset', '1');
    expect(page.stdout.trim().split('\n')).toHaveLength(1);
    expect(page.stdout).toContain('Vell ousted as Sorrin');
  });

  it('list of an empty store prints a hint on stderr', async () => {
    const r = await runCli(['stories', 'list', '--db', join(work, 'empty', 'dossier.db')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no stories; add articles with `dossier ingest/);
  });

  it('show lists the story, its articles with how each was placed, and related stories', async () => {
    const ferry = storyOf(await storiesJson(f), f.ids.ledger);
    const r = await f.cli('stories', 'show', ferry.id);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^story\\s+${ferry.id}$`, 'm'));
    expect(r.stdout).toMatch(/^title\s+Ferry Aster Bell capsizes off Quillhaven, three dead$/m);
    expect(r.stdout).toMatch(/^span\s+2026-05-12 … 2026-05-13$/m);
    expect(r.stdout).toMatch(/^articles\s+4$/m);
    // The earliest report opened the story; the re-post followed it as a copy; the others joined.
    expect(r.stdout).toMatch(new RegExp(`^${f.ids.ledger}\\s+2026-05-12\\s+Harbour Ledger\\s+Ferry Aster Bell capsizes.*\\[opened\\]$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^${f.ids.copy}\\s+2026-05-12\\s+Tarnholm Post\\s+.*\\[duplicate-of ${f.ids.ledger}\\]$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^${f.ids.coastline}\\s+.*\\[joined\\]$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^${f.ids.kestrel}\\s+2026-05-13\\s+Radio Kestrel\\s+.*\\[joined\\]$`, 'm'));
    expect(r.stdout).toMatch(/^related stories \(0\):$/m);
  });

  it('show lists related stories (same topic, different event) with the reason', async () => {
    const stories = await storiesJson(f);
    const [fenmoor, ostvale] = [storyOf(stories, f.ids.gazette), storyOf(stories, f.ids.ostvale)];
    const r = await f.cli('stories', 'show', fenmoor.id);
    expect(r.stdout).toMatch(new RegExp(`^related stories \\(1\\):\\n {2}${ostvale.id}\\s+score \\d\\.\\d\\d\\s+Ostvale re-elects mayor Dagny Holm for a third term\\n {6}Same topic .*mayor.* but a different event: dated 6 months apart`, 'm'));
  });

  it('show accepts a unique prefix and prints JSON with --json', async () => {
    const election = storyOf(await storiesJson(f), f.ids.gazette);
    const r = await f.cli('stories', 'show', election.id.slice(0, 8), '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { story: StorySummary; articles: { id: string; decision: string; copyOf: string | null }[]; related: unknown[] };
    expect(json.story.id).toBe(election.id);
    expect(json.articles.map((a) => a.id).sort()).toEqual(idsOf(f, ELECTION));
    expect(json.articles.map((a) => a.decision).sort()).toEqual(['joined', 'opened']);
    expect(Array.isArray(json.related)).toBe(true);
  });

  it('show of an unknown story fails with exit 1, naming the id and pointing to `stories list`', async () => {
    const r = await f.cli('stories', 'show', 's-doesnotexist');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"s-doesnotexist"');
    expect(r.stderr).toContain('dossier stories list');
  });

  it('merge fails with exit 1 on an unknown story, naming it', async () => {
    const ferry = storyOf(await storiesJson(f), f.ids.ledger);
    const r = await f.cli('stories', 'merge', ferry.id, 's-nosuchstory');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"s-nosuchstory"');
  });

  it('split fails with exit 1 for an unknown story, for every article of the story, or for an article of another story', async () => {
    const stories = await storiesJson(f);
    const election = storyOf(stories, f.ids.gazette);
    const all = await f.cli('stories', 'split', election.id, f.ids.gazette, f.ids.courier);
    expect(all.code).toBe(1);
    expect(all.stderr).toMatch(/some but not all of the 2 articles of story/);
    const unknown = await f.cli('stories', 'split', 's-nosuchstory', f.ids.gazette);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('"s-nosuchstory"');
    const foreign = await f.cli('stories', 'split', election.id, f.ids.kestrel);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain(`"${f.ids.kestrel}" is not an article of story ${election.id}`);
    // Nothing changed.
    expect((await storiesJson(f)).map((s) => s.articleIds.slice().sort())).toEqual([idsOf(f, FERRY), idsOf(f, ELECTION), idsOf(f, EARLIER_ELECTION)]);
  });
});

describe('dossier stories merge', () => {
  it('makes one story of two, and the merge survives a re-clustering', async () => {
    const f = await ingestReports();
    const before = await storiesJson(f);
    const [ferry, election] = [storyOf(before, f.ids.ledger), storyOf(before, f.ids.gazette)];
    const merge = await f.cli('stories', 'merge', ferry.id, election.id);
    expect(merge.code, merge.stderr).toBe(0);
    expect(merge.stdout).toMatch(new RegExp(`^merged into ${ferry.id}: 6 articles`, 'm'));
    expect(merge.stdout).toContain('replayed after every `dossier stories recluster`');

    const check = async () => {
      const stories = await storiesJson(f);
      expect(stories).toHaveLength(2);
      expect(storyOf(stories, f.ids.courier).articleIds.slice().sort()).toEqual(idsOf(f, [...FERRY, ...ELECTION]));
      expect(storyOf(stories, f.ids.ostvale).articleIds).toEqual([f.ids.ostvale]);
      return storyOf(stories, f.ids.courier);
    };
    await check();
    const recluster = await f.cli('stories', 'recluster');
    expect(recluster.stdout).toMatch(/into 2 stories .*; replayed 1 correction$/m);
    const merged = await check();

    const show = await f.cli('stories', 'show', merged.id);
    expect(show.stdout).toMatch(new RegExp(`^${f.ids.courier}\\s.*\\[merged-by-user\\]$`, 'm'));
  });

  it('prints the merged story as JSON with --json', async () => {
    const f = await ingestReports();
    const before = await storiesJson(f);
    const r = await f.cli('stories', 'merge', storyOf(before, f.ids.ledger).id, storyOf(before, f.ids.gazette).id, '--json');
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as StorySummary).articleCount).toBe(6);
  });
});

describe('dossier stories split', () => {
  it('moves the named articles into a story of their own, and the split survives a re-clustering', async () => {
    const f = await ingestReports();
    const ferry = storyOf(await storiesJson(f), f.ids.ledger);
    const split = await f.cli('stories', 'split', ferry.id, f.ids.kestrel.slice(0, 8));
    expect(split.code, split.stderr).toBe(0);
    expect(split.stdout).toMatch(new RegExp(`^kept\\s+${ferry.id}\\s.*3 articles`, 'm'));
    expect(split.stdout).toMatch(/^split\s+s-\S+\s+2026-05-13\s+1 article\s+Radio Kestrel\s+Investigators question crew of sunken Aster Bell$/m);

    const check = async () => {
      const stories = await storiesJson(f);
      expect(stories).toHaveLength(4);
      expect(storyOf(stories, f.ids.kestrel).articleIds).toEqual([f.ids.kestrel]);
      expect(storyOf(stories, f.ids.ledger).articleIds.slice().sort()).toEqual(idsOf(f, ['ledger', 'copy', 'coastline']));
    };
    await check();
    const recluster = await f.cli('stories', 'recluster');
    expect(recluster.stdout).toMatch(/; replayed 1 correction$/m);
    await check();
    const explain = await f.cli('explain', f.ids.kestrel);
    expect(explain.stdout).toMatch(/^decision\s+split-by-user$/m);
  });

  it('prints both stories as JSON with --json', async () => {
    const f = await ingestReports();
    const election = storyOf(await storiesJson(f), f.ids.gazette);
    const r = await f.cli('stories', 'split', election.id, f.ids.courier, '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { kept: StorySummary; split: StorySummary };
    expect(json.kept.articleIds).toEqual([f.ids.gazette]);
    expect(json.split.articleIds).toEqual([f.ids.courier]);
  });
});

describe('dossier explain', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await ingestReports();
  });

  it('says which story an article joined and why: the scores against the chosen story and the runner-up', async () => {
    const r = await f.cli('explain', f.ids.kestrel.slice(0, 8));
    expect(r.code, r.stderr).toBe(0);
    const ferry = storyOf(await storiesJson(f), f.ids.ledger);
    expect(r.stdout).toMatch(new RegExp(`^article\\s+${f.ids.kestrel}\\s+Radio Kestrel\\s+2026-05-13\\s+Investigators question crew`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^story\\s+${ferry.id}\\s+Ferry Aster Bell capsizes off Quillhaven, three dead\\s+\\(4 articles\\)$`, 'm'));
    expect(r.stdout).toMatch(/^decision\s+joined$/m);
    expect(r.stdout).toContain(`Joined ${ferry.id}`);
    expect(r.stdout).toMatch(new RegExp(`chosen ${ferry.id}\\s+runner-up(?: s-\\S+|: none)`));
    for (const row of ['score', 'threshold', 'term similarity', 'entity similarity', 'quote overlap', 'date factor']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${row}\\s+\\d\\.\\d\\d`, 'm'));
    }
    expect(r.stdout).toMatch(/^ {2}date gap \(days\)\s+\d+/m);
    expect(r.stdout).toMatch(new RegExp(`^shared names with ${ferry.id} \\(\\d+\\):$`, 'm'));
    expect(r.stdout).toMatch(/^ {2}person\s+Ivo Brandt\s+\d+\.\d%$/m);
    expect(r.stdout).toMatch(new RegExp(`^shared words with ${ferry.id}: .*quillhaven \\d+\\.\\d%`, 'm'));
  });

  it('for an article that opened a story, compares it with the closest story it did not join', async () => {
    const ostvale = storyOf(await storiesJson(f), f.ids.ostvale);
    const r = await f.cli('explain', f.ids.gazette);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^decision\s+opened$/m);
    expect(r.stdout).toMatch(new RegExp(`chosen: none \\(opened\\)\\s+runner-up ${ostvale.id}$`, 'm'));
    // Half a year apart: the date factor cuts the score below the threshold.
    expect(r.stdout).toMatch(/^ {2}date gap \(days\)\s+—\s+182$/m);
    expect(r.stdout).toMatch(/^ {2}date factor\s+—\s+0\.\d\d$/m);
    expect(r.stdout).toMatch(/^ {2}threshold\s+(0\.\d\d)\s+\1$/m);
    expect(r.stdout).toMatch(new RegExp(`^shared words with ${ostvale.id}: .*election`, 'm'));
  });

  it('shows for a near-copy the canonical copy and how similar it is', async () => {
    const r = await f.cli('explain', f.ids.copy);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^decision\\s+duplicate-of ${f.ids.ledger}$`, 'm'));
    expect(r.stdout).toMatch(new RegExp(`^a near-copy of ${f.ids.ledger} \\(\\d+\\.\\d% similar\\)`, 'm'));
    const canonical = await f.cli('explain', f.ids.ledger);
    expect(canonical.stdout).toMatch(/^decision\s+opened$/m);
    expect(canonical.stdout).toMatch(/^no story was compared \(none shares its names or distinctive words\); threshold \d\.\d\d$/m);
    expect(canonical.stdout).toMatch(new RegExp(`^its near-copies \\(1\\):\\n {2}${f.ids.copy}\\s+\\d+\\.\\d% similar$`, 'm'));
  });

  it('prints { assignment, story, duplicates, related } with --json', async () => {
    const r = await f.cli('explain', f.ids.courier, '--json');
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { assignment: { explanation: AssignmentExplanation }; story: StorySummary; duplicates: unknown[]; related: unknown[] };
    expect(json.assignment.explanation).toMatchObject({ articleId: f.ids.courier, decision: 'joined' });
    expect(json.assignment.explanation.chosen?.shared.map((s) => s.value)).toContain('Helga Sorrin');
    expect(json.story.articleIds.slice().sort()).toEqual(idsOf(f, ELECTION));
    expect(json.duplicates).toEqual([]);
    expect(json.related).toEqual([expect.objectContaining({ storyId: json.story.id, relatedId: storyOf(await storiesJson(f), f.ids.ostvale).id })]);
  });

  it("lists the related stories of the article's story with the reason", async () => {
    const r = await f.cli('explain', f.ids.gazette);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^related stories \(1\):\n {2}s-\S+\s+score \d\.\d\d\s+Ostvale re-elects mayor Dagny Holm for a third term\n {6}Same topic/m);
  });

  it('fails with exit 1 for an unknown article, naming it', async () => {
    const r = await f.cli('explain', 'deadbeef00');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('explain: no article with id "deadbeef00"');
  });

  it('fails with exit 1 for an article that is in no story yet, telling to re-cluster', async () => {
    const g = await ingestReports();
    const store = openStore(g.db);
    try {
      await store.clearStories();
    } finally {
      await store.close();
    }
    const r = await g.cli('explain', g.ids.gazette);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`explain: article ${g.ids.gazette} is not in a story yet`);
    expect(r.stderr).toContain('dossier stories recluster');
  });
});
