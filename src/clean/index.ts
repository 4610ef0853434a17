// The cleaning stage's public surface: corpus evidence for boilerplate, and draft → clean article.
export type { BoilerplateEvidence } from './boilerplate-evidence.js';
export { gatherBoilerplateEvidence } from './boilerplate-evidence.js';
export { cleanDraft } from './clean-draft.js';
export type { CleanedArticle } from './types.js';
