// Runs only the scale part of the stories bench (bench/lib/stories-scale.ts), which is quick to repeat while
// tuning: npx tsx bench/stories-scale.ts [--articles N] [--seed S]
import { runScaleBenchmark } from './lib/stories-scale.js';

function option(name: string, fallback: number): number {
  const argv = process.argv.slice(2);
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`bench:stories-scale: ${name} must be a positive integer, got "${argv[at + 1] ?? ''}"`);
  return value;
}

await runScaleBenchmark({ articles: option('--articles', 100_000), seed: option('--seed', 7), yardstickSizes: [2000, 5000] });
