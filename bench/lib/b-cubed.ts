// B-cubed precision, recall and F1 of a predicted clustering against a gold one (Bagga & Baldwin 1998),
// defined exactly as ../shared/tools/score-clustering.mjs does, so the scale bench can score without ../shared.

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Per document: precision |pred(d) ∩ gold(d)| / |pred(d)|, recall |pred(d) ∩ gold(d)| / |gold(d)|; both averaged
 * over the gold documents; F1 is the harmonic mean of the two averages. A gold id missing from `pred` counts as
 * a singleton, as the scorer's alignPred does. Documents are summed in gold order, like the scorer, so the two
 * agree to the last bit rather than to a rounding.
 */
export function bCubed(gold: ReadonlyMap<string, string>, pred: ReadonlyMap<string, string>): BCubed {
  const n = gold.size;
  if (n === 0) return { precision: 0, recall: 0, f1: 0 };
  // Labels are prefixed so a missing document's private label can never equal a real predicted label.
  const label = (id: string): string => {
    const p = pred.get(id);
    return p === undefined ? `missing\u0000${id}` : `p\u0000${p}`;
  };
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  const joint = new Map<string, number>();
  for (const [id, g] of gold) {
    const p = label(id);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    const k = `${g}\u0001${p}`;
    joint.set(k, (joint.get(k) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (const [id, g] of gold) {
    const p = label(id);
    const inter = joint.get(`${g}\u0001${p}`)!;
    precision += inter / predSize.get(p)!;
    recall += inter / goldSize.get(g)!;
  }
  precision /= n;
  recall /= n;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
