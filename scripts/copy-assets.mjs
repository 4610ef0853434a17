// Build step after tsc: copies the non-TypeScript files the compiled code reads at run time
// (SQL migrations) from src/ to dist/, keeping their relative paths.
import { cpSync } from 'node:fs';

cpSync('src', 'dist', { recursive: true, filter: (path) => !/\.[cm]?tsx?$/.test(path) });
