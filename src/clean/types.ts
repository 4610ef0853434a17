// What the cleaning stage hands on: clean story text, what was removed and why, and the article's
// metadata with where each value came from.
import type { Heading, LanguageSource, OutletSource, PublishedSource, Removal, Sourced, TitleSource } from '../core/types.js';

export interface CleanedArticle {
  /** Clean body: paragraphs and headings separated by "\n\n", each trimmed. */
  text: string;
  /** The reader's removals, then every piece the cleaner removed in body order, "category: detail". */
  removed: Removal[];
  /** Sub-headings, as offsets into `text`. */
  headings: Heading[];
  title: Sourced<string, TitleSource> | null;
  outlet: Sourced<string, OutletSource> | null;
  /** ISO YYYY-MM-DD, or a datetime when the input had a time. */
  published: Sourced<string, PublishedSource> | null;
  /** "BEIJING/LONDON", "Beijing", "NAIROBI/GENEVA", "Lagos". */
  dateline: string | null;
  /** ISO 639-1; declared by the input, else detected; null when the text is too short to tell. */
  language: Sourced<string, LanguageSource> | null;
  /** The reader's author, else a byline's ("By Jane Doe"). */
  author: string | null;
  /** A wire credit in the dateline ("Reuters" in "LONDON (Reuters) -"): the text is wire copy. */
  wire: string | null;
}
