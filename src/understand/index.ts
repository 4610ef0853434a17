// The understanding stage's public surface: sentences, the annotators run together by annotateArticle,
// and which of them an article's language gets (articleAnalysis).
export { splitSentences } from './sentences.js';
export { annotateArticle, referenceDateOf, ANNOTATIONS_VERSION, type VersionedAnnotations } from './annotate-article.js';
export { articleAnalysis, usesEnglishRules, CHRONO_LANGUAGES } from './language-support.js';
// Re-resolving a stored time expression against another reference date (the cross-check dates an
// undated article by trying candidate days).
export { resolveTime, type RelativeTime } from './time/index.js';
// A story's entities merged across its articles (the dossier's story entities).
export { mergeStoryEntities, type StoryEntity } from './entities/index.js';
