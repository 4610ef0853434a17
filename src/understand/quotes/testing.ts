// Test helpers for the quote and claim annotators: builds the entity and time annotations they take as
// input by hand, so their tests do not depend on the entity and time annotators' current behaviour.
import type { AnnotationInput, Entity, EntityMention, EntityType, TimeExpression } from '../../core/annotations.js';
import { splitSentences } from '../sentences.js';
import { sentenceIndexAt } from './mentions.js';

export function inputOf(text: string, reference: string | null = null): AnnotationInput {
  return { text, sentences: splitSentences(text), headings: [], reference, dateline: null };
}

export interface EntitySpec {
  name: string;
  type: EntityType;
  /** Name forms besides `name` ("Halloran", "Sir Teodor Halloran"). */
  forms?: string[];
  /** Descriptions linked to the entity ("the Velsand minister"). */
  nominals?: string[];
  subtype?: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Entities with a mention at every whole-word occurrence of their forms, longest forms first, never overlapping. */
export function entitiesOf(input: AnnotationInput, specs: readonly EntitySpec[]): Entity[] {
  const forms = specs.flatMap((spec, k) => [
    ...[spec.name, ...(spec.forms ?? [])].map((f) => ({ k, form: f, kind: 'name' as const })),
    ...(spec.nominals ?? []).map((f) => ({ k, form: f, kind: 'nominal' as const })),
  ]).sort((a, b) => b.form.length - a.form.length);
  const taken: { start: number; end: number }[] = [];
  const mentions: EntityMention[][] = specs.map(() => []);
  for (const { k, form, kind } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of input.text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      taken.push({ start, end });
      mentions[k]!.push({ start, end, text: m[0], kind, sentence: Math.max(0, sentenceIndexAt(input, start)) });
    }
  }
  return specs.map((spec, k) => ({
    id: `e${k + 1}`,
    name: spec.name,
    type: spec.type,
    subtype: spec.subtype ?? null,
    roles: [],
    aliases: [...(spec.forms ?? []), ...(spec.nominals ?? [])],
    mentions: mentions[k]!.sort((a, b) => a.start - b.start),
  }));
}

/** A DATE time expression at the first occurrence of `surface` (after `from`), with the given value. */
export function timeOf(input: AnnotationInput, surface: string, value: string, from = 0): TimeExpression {
  const start = input.text.indexOf(surface, from);
  if (start < 0) throw new Error(`timeOf: "${surface}" is not in the text`);
  return {
    start, end: start + surface.length, text: surface, type: 'DATE', value, precision: 'day', mod: null,
    relative: null, reference: input.reference, sentence: Math.max(0, sentenceIndexAt(input, start)),
  };
}
