// The cleaning stage on chrome that names the outlet and on cues from the batch: promo blocks above
// the headline, audio widgets, sign-offs, Markdown credits and places siblings name. Each rule has a
// case it must catch and a story line of the same shape it must keep.
import { makeDraft } from '../../test/support/make-draft.js';
import { describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../core/types.js';
import { cleanDraft, gatherBoilerplateEvidence } from './index.js';

const draft = makeDraft;

const S1 = 'The ferry between the two ports will sail again after a break of seven years, officials said.';
const S2 = 'The fund will pay for a new terminal and for dredging the approach channel to the harbour.';
const S3 = 'Residents who gathered outside the customs house welcomed the news on Tuesday evening.';

describe('cleanDraft: promo blocks and the first story paragraph', () => {
  it('drops a promo and its headline above the story, then reads the headline and the dateline below', () => {
    const body = [
      'Stay ahead of the news', 'Sign up to The Evening Star’s Night Owl newsletter — delivered to your inbox at 6am.',
      'Ferry pact signed as neighbours commit €340m', 'Published: 3 March 2026 18:02 GMT', `SPRINGFIELD — ${S1}`, S2,
      '© 2026 The Evening Star',
    ].join('\n');
    const r = cleanDraft(draft(body));
    expect(r.text).toBe(`${S1}\n\n${S2}`);
    expect(r.title).toEqual({ value: 'Ferry pact signed as neighbours commit €340m', from: 'text' });
    expect(r.dateline).toBe('SPRINGFIELD');
    expect(r.outlet).toEqual({ value: 'The Evening Star', from: 'text' });
    expect(r.removed.map((x) => x.reason)).toEqual([
      'boilerplate: newsletter promo (its headline)', 'boilerplate: newsletter promo', 'metadata: title',
      'metadata: publication date', 'metadata: dateline', 'boilerplate: copyright line',
    ]);
  });

  it('keeps the same words when no promo follows them', () => {
    const body = `${S1}\n\nStay ahead of the news\n\n${S2}`;
    expect(cleanDraft(draft(body)).text).toBe(body);
  });

  it('removes an audio-player line and reads the dateline of the paragraph after it', () => {
    const r = cleanDraft(draft(`Listen to this story\n\nLONDON — ${S1}\n\n${S2}`));
    expect(r.dateline).toBe('LONDON');
    expect(r.text).toBe(`${S1}\n\n${S2}`);
    expect(r.removed[0]).toEqual({ text: 'Listen to this story', reason: 'boilerplate: audio player' });
  });
});

describe('cleanDraft: sign-offs', () => {
  it('takes a masthead sign-off that a removed chrome line also names as the outlet', () => {
    const body = `${S1}\n\nFollow Daily Planet on WhatsApp for breaking news\n\n${S2}\n\nDaily Planet`;
    const r = cleanDraft(draft(body));
    expect(r.outlet).toEqual({ value: 'Daily Planet', from: 'text' });
    expect(r.text).toBe(`${S1}\n\n${S2}`);
    expect(r.removed.at(-1)).toEqual({ text: 'Daily Planet', reason: 'boilerplate: outlet sign-off' });
  });

  it('takes a masthead sign-off that ends other articles of the group, passing over recurring chrome', () => {
    // Three story lines each, so the two shared lines do not make the articles near-copies.
    const a = draft(`${S1}\n\n${S2}\n\n${S3}\n\nDaily Planet\n\nMore from the coast`, { group: 'text' });
    const b = draft(`The storm closed the harbour for two days.\n\nEleven boats were damaged.\n\nNo one was hurt.\n\nDaily Planet\n\nMore from the coast`, { group: 'text' });
    const r = cleanDraft(a, gatherBoilerplateEvidence([a, b]));
    expect(r.outlet).toEqual({ value: 'Daily Planet', from: 'text' });
    expect(r.text).toBe(`${S1}\n\n${S2}\n\n${S3}`);
    expect(r.removed.map((x) => x.reason)).toEqual(['boilerplate: outlet sign-off', 'boilerplate: recurs in 2 articles of group text']);
  });

  it('keeps a closing name that nothing vouches for, or that is a person', () => {
    expect(cleanDraft(draft(`${S1}\n\n${S2}\n\nDaily Planet`)).text).toBe(`${S1}\n\n${S2}\n\nDaily Planet`);
    const person = cleanDraft(draft(`${S1}\n\nFollow Jane Doe on Twitter\n\n${S2}\n\nJane Doe`));
    expect(person.outlet).toBeNull();
    expect(person.text).toBe(`${S1}\n\n${S2}\n\nJane Doe`);
  });

  it('names the batch\'s feed outlet from a text scrape\'s station sign-off', () => {
    const feedItem = draft(`${S3}\n\nThe storm closed the harbour for two days.`, { format: 'atom', outlet: { value: 'Planet FM', from: 'feed' } });
    const scrape = draft(`${S1}\n\n${S2}\n\nPlanet FM News — on air and online at 94.6 FM`);
    const r = cleanDraft(scrape, gatherBoilerplateEvidence([feedItem, scrape]));
    expect(r.outlet).toEqual({ value: 'Planet FM', from: 'text' });
    expect(r.text).toBe(`${S1}\n\n${S2}`);
    // Alone, nothing vouches for "Planet FM News": the line stays and no outlet is guessed.
    expect(cleanDraft(scrape).outlet).toBeNull();
  });
});

describe('cleanDraft: credits', () => {
  it('reads a Markdown byline and a first-appeared credit that names the outlet', () => {
    const body = [
      '# Ferry is back. Now comes the hard part', '*By Jane Doe*', S1, S2,
      'Support independent journalism: subscribe to the Daily Planet from €1 a week.', S3,
      '*This article first appeared in the Daily Planet’s weekend edition.*',
    ].join('\n\n');
    const r = cleanDraft(draft(body));
    expect(r.author).toBe('Jane Doe');
    expect(r.outlet).toEqual({ value: 'Daily Planet', from: 'text' });
    expect(r.wire).toBeNull();
    expect(r.text).toBe([S1, S2, S3].join('\n\n'));
    expect(r.removed.map((x) => x.reason)).toEqual([
      'metadata: title', 'metadata: byline', 'boilerplate: subscription promo', 'metadata: syndication credit',
    ]);
  });

  it('keeps the page\'s outlet and records the wire a syndication credit names', () => {
    const r = cleanDraft(draft(`${S1}\n\n${S2}\n\nThis story was first published by Planet Wire.`, {
      format: 'html', outlet: { value: 'Example Times', from: 'html-meta' },
    }));
    expect(r.outlet).toEqual({ value: 'Example Times', from: 'html-meta' });
    expect(r.wire).toBe('Planet Wire');
    expect(r.text).toBe(`${S1}\n\n${S2}`);
  });

  it('removes a WordPress feed footer and keeps a sentence that starts like it', () => {
    const footer = 'The post Ferry talks resume appeared first on The Evening Star.';
    const story = 'The post office appeared first on the council’s list of closures.';
    const r = cleanDraft(draft(`${S1}\n\n${story}\n\n${footer}`));
    expect(r.text).toBe(`${S1}\n\n${story}`);
    expect(r.outlet).toEqual({ value: 'The Evening Star', from: 'text' });
  });
});

describe('cleanDraft: places the batch names', () => {
  const lede = `Springfield: ${S1}`;
  const sibling = (text: string): ArticleDraft => draft(`${text}\n\n${S3}`, { file: 'y.txt' });

  it('reads a Title-case dateline the lexicon lacks when two articles of the batch name the place after "in"', () => {
    const a = draft(`${lede}\n\n${S2}`);
    const batch = [a, sibling('The shipyard in Springfield hired welders.'), sibling('Homes in Springfield were flooded.')];
    const r = cleanDraft(a, gatherBoilerplateEvidence(batch));
    expect(r.dateline).toBe('Springfield');
    expect(r.text.startsWith(S1)).toBe(true);
  });

  it('reads it when the article itself names the place after "in"', () => {
    expect(cleanDraft(draft(`${lede}\n\nA tree fell on a house in Springfield.`)).dateline).toBe('Springfield');
  });

  it('does not read it on the word of one other article', () => {
    const a = draft(`${lede}\n\n${S2}`);
    const r = cleanDraft(a, gatherBoilerplateEvidence([a, sibling('The shipyard in Springfield hired welders.')]));
    expect(r.dateline).toBeNull();
    expect(r.text.startsWith(lede)).toBe(true);
  });
});
