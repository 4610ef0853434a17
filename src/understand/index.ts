// The understanding stage's public surface: sentences, and the annotators run together by annotateArticle.
export { splitSentences } from './sentences.js';
export { annotateArticle, referenceDateOf, ANNOTATIONS_VERSION, type VersionedAnnotations } from './annotate-article.js';
