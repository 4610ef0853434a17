// What every benchmark script shares: reading a positive integer option from argv and printing
// aligned "label  value" lines with thousands separators.

export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

export const line = (label: string, value: string): void => console.log(`  ${label.padEnd(30)} ${value}`);

/** `--name N` from the command line (a positive integer), else `fallback`; `bench` names the script in errors. */
export function option(bench: string, name: string, fallback: number): number {
  const argv = process.argv.slice(2);
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${bench}: ${name} must be a positive integer, got "${argv[at + 1] ?? ''}"`);
  return value;
}
