// The ingest stage's public surface: from paths, stdin or an uploaded buffer to ArticleDrafts or typed
// InputErrors, one ReadItem per file or record. Other stages import from here only.

export { articleIdFor } from './article-id.js';
export { expandPaths, type ExpandedPath } from './expand-paths.js';
export { readBuffer, type ReadBufferOptions } from './read-buffer.js';
export type { ReadItem } from './read-item.js';
export { DEFAULT_MAX_BYTES, readPaths, type ReadOptions } from './read-paths.js';
export type { TextEncodingName } from './decode-text.js';
export { readRawText } from './read-raw.js';
