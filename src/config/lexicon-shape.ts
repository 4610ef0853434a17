// The shapes lexicon files must have, as small checkers that also give the loaded value its type: a
// list of strings, a record of numbers, an object with these keys. A file that does not fit fails with
// the key that is wrong and what was expected there, rather than with a TypeError deep inside a rule.
//
// Objects are closed: a key a shape does not name is an error (a misspelt "word" for "words" would
// otherwise leave a rule silently without its list), except keys starting with "_", which are notes
// for readers ("_about", "_comment").

/** Where a value failed its shape: the path of keys to it, and what was expected and found. */
export class ShapeMismatch extends Error {
  constructor(
    /** `lines[3].reason`, `vague["tens of thousands"]`; empty for the whole file. */
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path === '' ? 'the file' : path}: ${problem}`);
  }
}

export interface Shape<T> {
  /** What the shape expects, for messages: "a list of strings". */
  readonly expected: string;
  /** Returns `value` typed when it fits; throws ShapeMismatch naming `path` otherwise. */
  check(value: unknown, path: string): T;
  /** Set on shapes made by `optional`: the key may be missing from its object. */
  readonly optional?: true;
  /** Set on leaf shapes: a quick test, so a list of 2,000 words builds no path until one is wrong. */
  readonly fits?: (value: unknown) => boolean;
}

export type Infer<S> = S extends Shape<infer T> ? T : never;

/** A key in a path: `.name` when it is an identifier, else `["tens of thousands"]`. */
export function keyPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path === '' ? key : `${path}.${key}`) : `${path}[${JSON.stringify(key)}]`;
}

function found(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return `${typeof value === 'string' ? 'the string' : `a ${typeof value}`} ${shown.length > 40 ? `${shown.slice(0, 37)}…` : shown}`;
}

function leaf<T>(expected: string, fits: (value: unknown) => value is T): Shape<T> {
  return {
    expected,
    fits,
    check(value, path) {
      if (!fits(value)) throw new ShapeMismatch(path, `expected ${expected}, found ${found(value)}`);
      return value;
    },
  };
}

export const string: Shape<string> = leaf('a string', (v): v is string => typeof v === 'string');
export const number: Shape<number> = leaf('a number', (v): v is number => typeof v === 'number' && Number.isFinite(v));

/** One of a fixed set of strings: a code the program knows. */
export function oneOf<const L extends string>(values: readonly L[], expected = `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`): Shape<L> {
  const known = new Set<string>(values);
  return leaf(expected, (v): v is L => typeof v === 'string' && known.has(v));
}

export function nullable<T>(shape: Shape<T>): Shape<T | null> {
  const expected = `${shape.expected} or null`;
  return {
    expected,
    check(value, path) {
      if (value === null) return null;
      try {
        return shape.check(value, path);
      } catch (err) {
        // The value itself is wrong (not something inside it): say that null would do too.
        if (err instanceof ShapeMismatch && err.path === path) throw new ShapeMismatch(path, `expected ${expected}, found ${found(value)}`);
        throw err;
      }
    },
  };
}

/** A key that may be missing from its object (it is then absent, never undefined-valued). */
export function optional<T>(shape: Shape<T>): Shape<T> & { optional: true } {
  return { expected: shape.expected, check: shape.check, optional: true };
}

/** "a string" → "strings", "an object with …" → "objects with …"; other wordings are kept whole. */
const plural = (expected: string): string => (/^an? /.test(expected) ? expected.replace(/^an? (\w+)/, '$1s') : `items each ${expected}`);

export function list<T>(item: Shape<T>): Shape<T[]> {
  return {
    expected: `a list of ${plural(item.expected)}`,
    check(value, path) {
      if (!Array.isArray(value)) throw new ShapeMismatch(path, `expected a list of ${plural(item.expected)}, found ${found(value)}`);
      const { fits } = item;
      for (let i = 0; i < value.length; i++) if (!fits?.(value[i])) item.check(value[i], `${path}[${i}]`);
      return value as T[];
    },
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An object whose keys are data (words, codes) and whose values all have one shape; `keys`, when given,
 * is the shape every key must have (then not every key need be present).
 */
export function record<T>(value: Shape<T>, keys?: Shape<string>): Shape<Record<string, T>> {
  const expected = `an object of ${plural(value.expected)}`;
  return {
    expected,
    check(v, path) {
      if (!isPlainObject(v)) throw new ShapeMismatch(path, `expected ${expected}, found ${found(v)}`);
      for (const [key, x] of Object.entries(v)) {
        if (keys && !key.startsWith('_')) {
          try {
            keys.check(key, path);
          } catch {
            throw new ShapeMismatch(keyPath(path, key), `the key is not ${keys.expected}`);
          }
        }
        if (!value.fits?.(x)) value.check(x, keyPath(path, key));
      }
      return v as Record<string, T>;
    },
  };
}

type Fields = Record<string, Shape<unknown>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends { optional: true } ? K : never }[keyof F];
export type ObjectOf<F extends Fields> = { [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Infer<F[K]> };

/** An object with exactly these keys (optional ones may be missing; "_" notes are allowed). */
export function object<F extends Fields>(fields: F): Shape<ObjectOf<F>> {
  const names = Object.keys(fields);
  return {
    expected: `an object with ${names.join(', ')}`,
    check(value, path) {
      if (!isPlainObject(value)) throw new ShapeMismatch(path, `expected an object with ${names.join(', ')}, found ${found(value)}`);
      for (const [key, shape] of Object.entries(fields)) {
        if (Object.hasOwn(value, key)) shape.check(value[key], keyPath(path, key));
        else if (!shape.optional) throw new ShapeMismatch(keyPath(path, key), `missing (expected ${shape.expected})`);
      }
      for (const key of Object.keys(value)) {
        if (!Object.hasOwn(fields, key) && !key.startsWith('_')) {
          throw new ShapeMismatch(keyPath(path, key), `unknown key (expected only ${names.join(', ')}; notes start with "_")`);
        }
      }
      return value as ObjectOf<F>;
    },
  };
}
