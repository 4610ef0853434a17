// A news outlet's report as a fact of its own: "The Harbour Gazette reported Friday that the union …", "… which
// was first reported in the Harbour Gazette". The claim extractor reads "reported" as a frame around what was
// reported (its speaker's claim), so that an outlet broke the news is no claim; yet outlets often all say who
// broke it, each in other words. An outlet is a name of lexicon/outlet-cues.json or one that ends in a masthead
// word ("Gazette", "Journal", "Times").
import { outletCuesLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';

const outletNames = once(() => {
  const cues = outletCuesLexicon();
  return {
    known: new Set(cues.outlets.flatMap((o) => o.names.map((n) => n.toLowerCase().replace(/^the\s+/, '')))),
    masthead: new Set(cues.mastheadWords.map((w) => w.toLowerCase())),
  };
});

/** Whether a name is a news outlet's ("The Wall Street Journal", "Reuters", "the Harbour Gazette"). */
export function isOutletName(name: string): boolean {
  const bare = name.toLowerCase().replace(/^the\s+/, '');
  const words = bare.split(/\s+/);
  return outletNames().known.has(bare) || (words.length >= 2 && outletNames().masthead.has(words[words.length - 1]!));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * Whether the sentence says the outlet reported something: "<outlet> (first) reported", "<outlet> was first
 * to report", or the passive "(first) reported in/by <outlet>". Only the report frame: "told the Gazette" or
 * "according to the Gazette" attribute a statement, they do not say the outlet broke it.
 */
export function reportsBy(sentence: string, outlet: string): boolean {
  const name = escape(outlet.replace(/^the\s+/i, ''));
  const active = new RegExp(`${name}(?:[’']s?)?\\s+(?:(?:had|has|first|originally|also|earlier|exclusively)\\s+)*(?:reported|reports|revealed|broke\\s+the\\s+news|was\\s+(?:the\\s+)?first\\s+to\\s+report)\\b`, 'i');
  const passive = new RegExp(`\\b(?:first|originally|earlier)?\\s*reported\\s+(?:in|by)\\s+(?:the\\s+)?${name}\\b`, 'i');
  return active.test(sentence) || passive.test(sentence);
}
