// The text tools every stage shares, and the only place they live: tokens with offsets, folding and
// content terms (with each language's stopwords), stems and verb lemmas, entity keys, similarity of
// word bags and sets, amounts, and publication dates (the one chrono-node wrapper). Pure functions;
// their word lists are read from lexicon/ on first use.
export { amountTerms } from './amounts.js';
export { dateFromFileName, isCalendarDay, normalizeDate, parseLeadingDate, type LeadingDate } from './dates.js';
export { entityKey } from './entity-key.js';
export { addUnit, cosine, cosineOfNormed, jaccard, sharedCount, vectorNorm, type TermVector } from './similarity.js';
export { termVector } from './term-vector.js';
export { contentTerms, foldEnding, foldText, foldedWords, stemTerm } from './terms.js';
export { isCapitalized, isWord, tokenize, type Token } from './tokens.js';
export { futureMarkers, irregularParticiples, isKnownVerb, isPastForm, isSpeechVerb, verbLemma } from './verbs.js';
export { boundWordRelations, NO_RELATION, relationCode, relationName, SAME_LEMMA, wordIds, type RelationCode } from './word-relations.js';
export { lexicalRelation, wordNetLemmas, wordSenses, type LexicalRelation, type WordSenses } from './wordnet.js';
