// Acronyms and the names they abbreviate: "NRA" / "N.R.A." is "National Rifle Association" when its
// letters are the initials of the name's words ("of", "the", "for", "and" skipped). An acronym stands for
// an organisation (or a country, which the gazetteer knows), never a person: "AARP said" is a group.

const SKIPPED = new Set(['of', 'the', 'for', 'and', 'on', 'in', '&']);

/** The letters of an acronym ("NRA", "N.R.A.", "ACLU"), or null when the word is not one. */
export function acronymLetters(word: string): string | null {
  if (/^(?:\p{Lu}\.){2,6}$/u.test(word)) return word.replace(/\./g, '');
  if (/^\p{Lu}{2,6}$/u.test(word)) return word;
  return null;
}

/** The initials of a name of two or more words: "American Civil Liberties Union" → "ACLU"; null for one word. */
export function initialsOf(words: readonly string[]): string | null {
  const kept = words.filter((w) => !SKIPPED.has(w.toLowerCase()));
  if (kept.length < 2 || kept.some((w) => !/^\p{Lu}/u.test(w))) return null;
  return kept.map((w) => w[0]!).join('');
}

/** Whether `acronym` abbreviates the name of `words`. */
export function abbreviates(acronym: string, words: readonly string[]): boolean {
  const letters = acronymLetters(acronym);
  return letters !== null && letters === initialsOf(words);
}
