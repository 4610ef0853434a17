// Property test of the promise "whatever the news, a valid dossier": random and hostile inputs (Unicode of
// every kind, figures and dates at the edges, quotes, JSON fields of the wrong type, nested HTML, feeds) go
// through the whole pipeline in-process — read → clean → annotate → store → stories → cross-check →
// dossier — and nothing throws, no input fails as an internal error, no story fails, the dossier passes
// validateDossier, and every input is accounted for. Fixed big cases are in hostile-inputs.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_DATES, EDGE_NUMBERS, hostileInput } from '../support/hostile-articles.js';
import { runPipeline, type PipelineInput } from '../support/run-pipeline.js';

/** Codes an input may fail with: bad input, said in a message (src/core/errors.ts). Never `internal`. */
const INPUT_CODES = new Set(['binary', 'empty', 'too-large', 'encoding', 'bad-json', 'no-text', 'bad-feed', 'bad-html']);

describe('the whole pipeline on hostile input (property)', () => {
  it('turns any batch of hostile inputs into a valid dossier, failing bad inputs only with an input error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileInput, { minLength: 1, maxLength: 3 }), async (inputs) => {
        const run = await runPipeline(inputs);
        expect(run.problems).toEqual([]);
        for (const o of run.outcomes) {
          if (o.status === 'failed') expect(INPUT_CODES, `${o.input}: ${o.message}`).toContain(o.code);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('makes one valid dossier of a story of 1 to 40 near-identical articles whose figures and dates sit at the edges', async () => {
    const variant = fc.record({
      n: fc.constantFrom(...EDGE_NUMBERS),
      date: fc.constantFrom(...EDGE_DATES, null),
      day: fc.constantFrom('Monday', 'Tuesday'),
      outlet: fc.integer({ min: 0, max: 6 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(variant, { minLength: 1, maxLength: 40, size: 'max' }), async (variants) => {
        const inputs: PipelineInput[] = [{
          name: 'story.jsonl',
          content: variants.map((v, i) => JSON.stringify({
            title: 'Harbour bridge closes after the storm',
            date: v.date,
            source: `Outlet ${v.outlet}`,
            text: `The council of Karvik voted on ${v.day} to close the harbour bridge, Mayor Anna Berg said. ` +
              `The storm killed ${v.n} people and cost ${v.n} million dollars. “We will rebuild,” Berg said. ` +
              `It was the ${v.n} largest storm since ${v.date ?? 'records began'}. Report ${i}.`,
          })).join('\n'),
        }];
        const run = await runPipeline(inputs);
        expect(run.problems).toEqual([]);
        expect(run.outcomes.every((o) => o.status === 'ingested')).toBe(true);
        expect(run.dossier.articles).toHaveLength(variants.length);
      }),
      { numRuns: 40 },
    );
  });
});
