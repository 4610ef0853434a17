// The understanding stage's public surface. So far: sentences; entities, time, quotes and claims follow.
export { splitSentences } from './sentences.js';
