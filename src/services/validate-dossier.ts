// Checks a dossier against the published JSON Schema (schema/dossier.schema.json) and against the
// contract rules a schema cannot express: evidence quotes real sentences, every article is in one story.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Dossier } from '../core/dossier.js';

const SCHEMA_URL = new URL('../../schema/dossier.schema.json', import.meta.url);
// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

let compiled: ReturnType<Ajv2020['compile']> | null = null;
function schemaValidator(): ReturnType<Ajv2020['compile']> {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as object);
  return compiled;
}

/** Every contract violation found, as readable lines; an empty list means the dossier is valid. */
export function validateDossier(dossier: unknown): string[] {
  const validate = schemaValidator();
  if (!validate(dossier)) {
    return (validate.errors ?? []).map((e) => `schema: ${e.instancePath || '/'} ${e.message ?? ''}`.trim());
  }
  return contractRuleViolations(dossier as Dossier);
}

function contractRuleViolations(dossier: Dossier): string[] {
  const problems: string[] = [];
  const sentences = new Map(dossier.articles.map((a) => [a.id, new Set(a.sentences)]));
  const storyOf = new Map<string, string[]>();
  for (const story of dossier.stories) {
    for (const id of story.articleIds) storyOf.set(id, [...(storyOf.get(id) ?? []), story.id]);
  }
  for (const a of dossier.articles) {
    const stories = storyOf.get(a.id) ?? [];
    if (stories.length !== 1) problems.push(`article ${a.id} is in ${stories.length} stories; it must be in exactly one`);
    if (!stories.includes(a.storyId)) problems.push(`article ${a.id} names story ${a.storyId}, which does not list it`);
    for (const s of a.sentences) {
      if (!a.text.includes(s)) problems.push(`article ${a.id}: sentence not in its text: "${s.slice(0, 60)}"`);
    }
    const spans = [...a.annotations.times, ...a.annotations.entities, ...a.annotations.quotes];
    for (const span of spans) {
      if (a.text.slice(span.start, span.end) !== span.text) {
        problems.push(`article ${a.id}: annotation [${span.start},${span.end}) is not "${span.text.slice(0, 40)}"`);
      }
    }
  }
  for (const story of dossier.stories) {
    const evidence = [
      ...story.quotes.flatMap((q) => q.evidence),
      ...story.timeline.flatMap((t) => t.evidence),
      ...story.claims.flatMap((c) => c.evidence),
      ...story.summary.flatMap((s) => s.evidence),
    ];
    for (const e of evidence) {
      if (!sentences.get(e.articleId)?.has(e.sentence)) {
        problems.push(`story ${story.id}: evidence is not a sentence of article ${e.articleId}: "${e.sentence.slice(0, 60)}"`);
      }
    }
  }
  return problems;
}
