// Document frequencies of terms and entity keys over every article clustered so far, updated as
// articles arrive, so inverse document frequency needs no second pass and no outside data.

export class DocumentFrequencies {
  private readonly df = new Map<string, number>();
  private n = 0;

  get documents(): number {
    return this.n;
  }

  add(keys: Iterable<string>): void {
    this.n++;
    for (const k of keys) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  remove(keys: Iterable<string>): void {
    this.n = Math.max(0, this.n - 1);
    for (const k of keys) {
      const d = (this.df.get(k) ?? 0) - 1;
      if (d > 0) this.df.set(k, d);
      else this.df.delete(k);
    }
  }

  count(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /** Smoothed idf, ln((1 + N) / (1 + df)) + 1, as in the TF-IDF yardstick; never below 1. */
  idf(key: string): number {
    return Math.log((1 + this.n) / (1 + (this.df.get(key) ?? 0))) + 1;
  }
}
