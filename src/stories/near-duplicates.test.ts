// Near-duplicate detection as a specification: which re-posts count as copies of one text (same text,
// new headline with page junk, trimmed tail) and which do not (rewrites, shared boilerplate, short briefs).
import { describe, expect, it } from 'vitest';
import {
  NearDuplicateIndex,
  chooseCanonical,
  compareShingleSets,
  estimateJaccard,
  findDuplicateGroups,
  minhashSignature,
  shingleHashes,
  type DuplicateCandidateInput,
} from './near-duplicates.js';

/** Invented stories, six paragraphs each, joined by blank lines. */
const STORIES = {
  bridge: [
    'The Corvan Street bridge in the river town of Aldmere was closed to all traffic on Tuesday morning after inspectors found a widening crack in one of its three stone piers, the regional transport office said.',
    'Engineers from the office had been called out on Monday evening when a ferry pilot reported loose masonry falling into the water below the central arch during the spring flood.',
    '"We are not taking any chances with a structure that carries eleven thousand vehicles a day," said Petra Holloway, who leads the inspection team. "The pier will be surveyed with divers before anyone drives across it again."',
    'Buses that normally cross the bridge will be diverted over the Weir Lane crossing, adding about twenty minutes to journeys between the old market and the northern estates, according to the town council.',
    'The bridge was built in 1887 and last strengthened in 1994, when steel ties were fitted beneath the deck. Local businesses on the southern bank said they feared a long closure would keep shoppers away.',
    'The transport office said it expected to publish the divers\' findings within a fortnight and would decide then whether the bridge could reopen to pedestrians while repairs were planned.',
  ],
  library: [
    'A burst water main flooded the basement archive of the Linden Vale public library overnight on Sunday, soaking hundreds of boxes of parish records and old newspapers, the library trust announced.',
    'Staff arriving for the early shift found ankle-deep water across the storage floor and called the fire service, which pumped the room dry by midday while volunteers carried boxes to the reading hall upstairs.',
    '"Some of these ledgers are the only copies of births and marriages in the valley going back two centuries," said archivist Tomas Reyer. "Every hour they stay wet makes the damage harder to undo."',
    'The trust has hired a conservation firm that will freeze the wettest volumes to stop mould while they are dried slowly over the coming months in a specialist chamber.',
    'The library will keep its lending floors open as usual, but the family history room and the archive enquiry desk are closed until further notice, a spokeswoman said.',
    'The water company said the main had failed because of ground movement after heavy rain and that it would pay for the cleanup, though it did not say how much that was expected to cost.',
  ],
  robots: [
    'A team of secondary school pupils from Harrowgate Fields won the national junior robotics championship on Saturday with a machine that sorted coloured blocks faster than any rival in the final round.',
    'Twenty four schools reached the final, held in the exhibition hall of the Brennock science museum, after regional heats that began in the autumn and drew more than three hundred entries.',
    'The winning robot, nicknamed Magpie by its builders, used a cheap camera and a home made gripper cut from plastic bottles to pick up blocks and drop them into matching bins.',
    '"We rebuilt the arm four times in the last month because it kept dropping the blue ones," said team captain Ines Okafor, who is fifteen. "On the day it did not drop a single block."',
    'Judges praised the team for keeping a detailed build diary and for sharing their gripper design with other schools after the semi final, which organisers said was in the spirit of the contest.',
    'The pupils will represent the country at an international meeting of school robotics clubs next summer, and their school has promised to cover the cost of their travel.',
  ],
};

const text = (paragraphs: readonly string[]): string => paragraphs.join('\n\n');
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The bridge story as another outlet wrote it: same facts, own wording, only the quote in common. */
const BRIDGE_REWRITE = text([
  'Aldmere has shut one of its busiest river crossings. Drivers were turned away from the Corvan Street bridge from Tuesday as the authorities examined damage to a pier that dates from the Victorian era.',
  'A ferry captain raised the alarm on Monday night, telling officials he had seen chunks of stone dropping from beneath the middle span while the river ran high.',
  'Petra Holloway, head of inspections at the regional transport office, defended the decision. "We are not taking any chances with a structure that carries eleven thousand vehicles a day," she told reporters.',
  'Commuters face longer trips while buses are sent via Weir Lane instead, and traders near the south end of the span worry that custom will fall off if the closure drags on for weeks.',
  'Steel reinforcement was added under the roadway thirty years ago, but the piers themselves have not been rebuilt since the crossing opened more than a century ago.',
  'Officials expect divers to report back in about two weeks, after which they will say whether people on foot may use the bridge before the repair work starts.',
]);

/** A long sign-off sentence two outlets put under unrelated stories. */
const BOILERPLATE =
  'This report was produced with support from the Northern Valleys Local Journalism Fund, which has no editorial control over our coverage and does not review any story before it is published.';

describe('shingleHashes', () => {
  it('ignores case, punctuation and compatibility forms, so re-typed copies hash alike', () => {
    expect(shingleHashes('The Bridge, closed!  On TUESDAY morning')).toEqual(shingleHashes('the bridge closed on ｔｕｅｓｄａｙ morning'));
  });

  it.each([
    ['an empty text', '', 0],
    ['a text of only punctuation', '— … !!', 0],
    ['a text shorter than one window, as one shingle', 'Bridge closed', 1],
    ['exactly five words, as one shingle', 'one two three four five', 1],
    ['seven distinct words, as three windows', 'one two three four five six seven', 3],
    ['a repeated phrase, once per distinct window', 'a b c d e a b c d e', 5],
  ])('gives %s', (_label, input, expected) => {
    expect(shingleHashes(input).length).toBe(expected);
  });

  it('returns distinct hashes in ascending order', () => {
    const hashes = shingleHashes(text(STORIES.bridge));
    for (let i = 1; i < hashes.length; i++) expect(hashes[i]!).toBeGreaterThan(hashes[i - 1]!);
  });
});

describe('minhashSignature', () => {
  it('is the same for the same text computed twice (fixed seeds, no hidden state)', () => {
    const first = minhashSignature(shingleHashes(text(STORIES.library)));
    const second = minhashSignature(shingleHashes(text(STORIES.library)));
    expect(first).toHaveLength(128);
    expect(Array.from(second)).toEqual(Array.from(first));
  });

  it('estimates a Jaccard of about one half within ±0.12 of the exact value', () => {
    const tokens = Array.from({ length: 400 }, (_, i) => `token${i}`);
    const a = shingleHashes(tokens.slice(0, 300).join(' '));
    const b = shingleHashes(tokens.slice(100, 400).join(' '));
    const exact = compareShingleSets(a, b).jaccard;
    expect(exact).toBeCloseTo(0.5, 1);
    expect(Math.abs(estimateJaccard(minhashSignature(a), minhashSignature(b)) - exact)).toBeLessThanOrEqual(0.12);
  });
});

describe('NearDuplicateIndex', () => {
  it('fixture stories are news length', () => {
    for (const story of Object.values(STORIES)) expect(wordCount(text(story))).toBeGreaterThanOrEqual(150);
    expect(wordCount(BRIDGE_REWRITE)).toBeGreaterThanOrEqual(150);
  });

  it('marks an identical re-post as a duplicate with Jaccard 1', () => {
    const index = new NearDuplicateIndex();
    expect(index.add({ id: 'wire', text: text(STORIES.bridge), published: '2026-03-03' })).toEqual([]);
    expect(index.add({ id: 'repost', text: text(STORIES.bridge), published: '2026-03-03' })).toEqual([
      { articleId: 'wire', jaccard: 1, containment: 1 },
    ]);
  });

  it('marks a wire copy re-posted with a different headline and page junk as a duplicate of the original', () => {
    const index = new NearDuplicateIndex();
    index.add({ id: 'wire', text: text(STORIES.bridge), published: '2026-03-03' });
    const repost = ['Historic river crossing shut as divers check damaged pier', 'Share this article', ...STORIES.bridge, 'Read more', 'Sign up for our evening newsletter'].join('\n');
    const [match, ...rest] = index.add({ id: 'repost', text: repost, published: '2026-03-03' });
    expect(rest).toEqual([]);
    expect(match?.articleId).toBe('wire');
    expect(match!.jaccard).toBeGreaterThanOrEqual(0.8);
  });

  it('marks a copy with its last two of six paragraphs cut as a duplicate via containment', () => {
    const index = new NearDuplicateIndex();
    index.add({ id: 'full', text: text(STORIES.library), published: '2026-03-03' });
    const [match] = index.add({ id: 'trimmed', text: text(STORIES.library.slice(0, 4)), published: '2026-03-04' });
    expect(match?.articleId).toBe('full');
    expect(match!.jaccard).toBeLessThan(0.8);
    expect(match!.containment).toBeGreaterThanOrEqual(0.9);
  });

  it('does not mark another outlet\'s rewrite of the same event as a duplicate, even with a shared quote', () => {
    const index = new NearDuplicateIndex();
    index.add({ id: 'wire', text: text(STORIES.bridge), published: '2026-03-03' });
    const shared = compareShingleSets(shingleHashes(text(STORIES.bridge)), shingleHashes(BRIDGE_REWRITE));
    expect(shared.jaccard).toBeGreaterThan(0); // the quote is there…
    expect(index.add({ id: 'rewrite', text: BRIDGE_REWRITE, published: '2026-03-03' })).toEqual([]); // …but it is not a copy
  });

  it('does not mark two different stories sharing one long boilerplate sentence as duplicates', () => {
    const index = new NearDuplicateIndex();
    index.add({ id: 'library', text: text([...STORIES.library, BOILERPLATE]), published: '2026-03-03' });
    expect(index.add({ id: 'robots', text: text([...STORIES.robots, BOILERPLATE]), published: '2026-03-03' })).toEqual([]);
  });

  describe('short texts (fewer than 40 shingles) need Jaccard, not containment', () => {
    const brief =
      'Police in Aldmere closed the Corvan Street bridge on Tuesday after a crack was found in a stone pier, and buses are being sent over Weir Lane until divers have checked it.';
    const table: Array<[label: string, other: string, duplicate: boolean]> = [
      ['the same brief with one word added (Jaccard ≥ 0.8)', `${brief} Tuesday`, true],
      ['the brief inside a longer brief (containment 1, Jaccard < 0.8)', `${brief} The council said repairs could take until the end of the summer holidays.`, false],
      ['the brief with its last sentence part cut (containment 1, Jaccard < 0.8)', brief.split(', and')[0]!, false],
    ];
    it.each(table)('%s', (_label, other, duplicate) => {
      const a = shingleHashes(brief);
      const b = shingleHashes(other);
      expect(Math.min(a.length, b.length)).toBeLessThan(40);
      expect(compareShingleSets(a, b).containment).toBe(1);
      const index = new NearDuplicateIndex();
      index.add({ id: 'brief', text: brief, published: null });
      expect(index.query(other).map((m) => m.articleId)).toEqual(duplicate ? ['brief'] : []);
    });
  });

  it('query() finds matches without adding the text', () => {
    const index = new NearDuplicateIndex();
    index.add({ id: 'robots', text: text(STORIES.robots), published: null });
    expect(index.query(text(STORIES.robots)).map((m) => m.articleId)).toEqual(['robots']);
    expect(index.size).toBe(1);
  });

  it('returns every copy it duplicates, the closest first', () => {
    const index = new NearDuplicateIndex();
    index.add({ id: 'trimmed', text: text(STORIES.robots.slice(0, 5)), published: null });
    index.add({ id: 'exact', text: text(STORIES.robots), published: null });
    expect(index.query(text(STORIES.robots)).map((m) => m.articleId)).toEqual(['exact', 'trimmed']);
  });

  it('remove() forgets an article, and removing an unknown id does nothing', () => {
    const index = new NearDuplicateIndex();
    index.add({ id: 'bridge', text: text(STORIES.bridge), published: null });
    index.add({ id: 'library', text: text(STORIES.library), published: null });
    index.remove('bridge');
    index.remove('never-added');
    expect(index.size).toBe(1);
    expect(index.query(text(STORIES.bridge))).toEqual([]);
    expect(index.query(text(STORIES.library)).map((m) => m.articleId)).toEqual(['library']);
    index.add({ id: 'robots', text: text(STORIES.robots), published: null }); // reuses the freed slot
    expect(index.query(text(STORIES.robots)).map((m) => m.articleId)).toEqual(['robots']);
  });

  it('re-adding an id replaces its earlier text instead of matching itself', () => {
    const index = new NearDuplicateIndex();
    index.add({ id: 'a', text: text(STORIES.bridge), published: null });
    expect(index.add({ id: 'a', text: text(STORIES.library), published: null })).toEqual([]);
    expect(index.size).toBe(1);
    expect(index.query(text(STORIES.bridge))).toEqual([]);
  });

  it('never matches texts without words', () => {
    const index = new NearDuplicateIndex();
    index.add({ id: 'empty', text: '', published: null });
    expect(index.add({ id: 'also-empty', text: '  ', published: null })).toEqual([]);
    expect(index.size).toBe(2);
  });

  it('rejects a band count that does not divide the permutations', () => {
    expect(() => new NearDuplicateIndex({ permutations: 128, bands: 30 })).toThrow(RangeError);
  });
});

describe('findDuplicateGroups', () => {
  it('groups three copies and leaves the unrelated story out, with the earliest published as canonical', () => {
    const inputs: DuplicateCandidateInput[] = [
      { id: 'outlet-b', text: ['River crossing closed', ...STORIES.bridge, 'Share this article'].join('\n'), published: '2026-03-03T14:00:00Z' },
      { id: 'library', text: text(STORIES.library), published: '2026-03-01' },
      { id: 'wire', text: text(STORIES.bridge), published: '2026-03-03T06:30:00Z' },
      { id: 'outlet-c', text: text(STORIES.bridge.slice(0, 4)), published: '2026-03-04' },
    ];
    const groups = findDuplicateGroups(inputs);
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group!.canonicalId).toBe('wire');
    expect(group!.reason).toBe('earliest published (2026-03-03T06:30:00Z)');
    expect(group!.members[0]).toEqual({ articleId: 'wire', similarity: 1 });
    expect(group!.members.map((m) => m.articleId).sort()).toEqual(['outlet-b', 'outlet-c', 'wire']);
    for (const m of group!.members.slice(1)) expect(m.similarity).toBeGreaterThanOrEqual(0.6);
  });

  it('returns no groups when every article is its own text', () => {
    const inputs = Object.entries(STORIES).map(([id, s]) => ({ id, text: text(s), published: null }));
    expect(findDuplicateGroups(inputs)).toEqual([]);
  });
});

describe('chooseCanonical', () => {
  const copy = (id: string, published: string | null, ingestedAt: string | null = null, body = 'same text'): DuplicateCandidateInput => ({
    id,
    text: body,
    published,
    ingestedAt,
  });
  const table: Array<[label: string, members: DuplicateCandidateInput[], expected: { id: string; reason: string }]> = [
    [
      'the earliest publication date wins',
      [copy('b', '2026-03-04'), copy('a', '2026-03-03')],
      { id: 'a', reason: 'earliest published (2026-03-03)' },
    ],
    [
      'a dated copy beats an undated one',
      [copy('a', null), copy('b', '2026-03-05')],
      { id: 'b', reason: 'earliest published (2026-03-05)' },
    ],
    [
      'two datetimes compare as instants, offsets included',
      [copy('a', '2026-03-03T09:00:00+02:00'), copy('b', '2026-03-03T08:00:00Z')],
      { id: 'a', reason: 'earliest published (2026-03-03T09:00:00+02:00)' },
    ],
    [
      'a date and a datetime on the same day tie, so the earlier ingestion decides',
      [copy('a', '2026-03-03', '2026-03-03T12:00:00Z'), copy('b', '2026-03-03T05:00:00Z', '2026-03-03T10:00:00Z')],
      { id: 'b', reason: 'earliest ingested (2026-03-03T10:00:00Z)' },
    ],
    [
      'with dates and ingestion tied, the longest text wins',
      [copy('a', null, null, 'short'), copy('b', null, null, 'the longer text')],
      { id: 'b', reason: 'longest text (15 characters)' },
    ],
    ['with everything tied, the smallest id wins', [copy('z', null), copy('m', null)], { id: 'm', reason: 'smallest id (m)' }],
    ['a single member is canonical by default', [copy('only', null)], { id: 'only', reason: 'only copy' }],
  ];
  it.each(table)('%s', (_label, members, expected) => {
    expect(chooseCanonical(members)).toEqual(expected);
  });
});
