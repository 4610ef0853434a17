// The cleaning stage's public surface: corpus evidence for boilerplate, draft → clean article, and the
// language decision (also for `dossier annotate --raw`, which does not clean).
export type { BoilerplateEvidence } from './boilerplate-evidence.js';
export { gatherBoilerplateEvidence } from './boilerplate-evidence.js';
export { cleanDraft } from './clean-draft.js';
export { detectLanguage } from './language.js';
export type { CleanedArticle } from './types.js';
