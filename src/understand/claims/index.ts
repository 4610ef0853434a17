// The claim annotator's public surface: atomic claims per sentence, and the quantity and ranking
// scanners the claims' slots are made of (the cross-check also calls them on titles).
export { extractClaims } from './extract.js';
export { findQuantities } from './quantities.js';
export { findRankings } from './rankings.js';
