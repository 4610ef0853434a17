// A person introduced by kin: "Ilse Marrow, whose 9-year-old son, Piet, was hurt", "Ilse Marrow, the mother of
// one injured boy", "at least one Brekka parent: Ilse Marrow". Outlets introduce a victim's relative in a
// relative clause or an apposition, which the claim extractor reads as no claim of its own; three outlets that
// say one named person is a victim's parent state one fact, in three wordings.

/** The kin relation a sentence gives a person, and the words that give it. */
export interface StatedKin {
  relation: 'parent' | 'spouse';
  phrase: string;
}

const CHILD = '(?:son|daughter|child|sons|daughters|children|boy|girl)';
const PARENT = '(?:father|mother|parent|dad|mom|mum)';
const SPOUSE_OF = '(?:husband|wife|widow|widower)';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/**
 * The kin the sentence gives the named person: "<name>, whose … son" or "<name>, the father of" (parent),
 * "<name>, whose husband" or "<name>, the widow of" (spouse), "a Brekka parent: <name>" (parent). `name` is the
 * person's name as the article gives it fullest; the sentence may give the surname alone.
 */
export function statedKin(sentence: string, name: string): StatedKin[] {
  const parts = name.trim().split(/\s+/);
  const who = `(?:${escape(name)}|${escape(parts[parts.length - 1]!)})`;
  const rules: [StatedKin['relation'], RegExp][] = [
    ['parent', new RegExp(`${who},\\s+whose\\s+(?:[\\w-]+\\s+){0,3}?${CHILD}\\b`, 'i')],
    ['parent', new RegExp(`${who},\\s+(?:the|a)\\s+${PARENT}\\s+of\\b`, 'i')],
    ['parent', new RegExp(`\\b${PARENT}[,:]?\\s+(?:[A-Z][\\w.'-]*\\s+)*${who}\\b`)],
    ['spouse', new RegExp(`${who},\\s+whose\\s+${SPOUSE_OF}\\b`, 'i')],
    ['spouse', new RegExp(`${who},\\s+(?:the|a)\\s+${SPOUSE_OF}\\s+of\\b`, 'i')],
  ];
  const out: StatedKin[] = [];
  for (const [relation, re] of rules) {
    const m = re.exec(sentence);
    if (m && !out.some((k) => k.relation === relation)) out.push({ relation, phrase: m[0] });
  }
  return out;
}
