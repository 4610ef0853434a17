import { describe, expect, it } from 'vitest';
import { claimClassOf } from './facts.js';

describe('a verb and its object that say another verb', () => {
  it.each([
    ['"held the seat" is serving', 'hold', 'the seat', 'serve'],
    ['"occupied the office" is serving', 'occupy', 'the office', 'serve'],
    ['"held talks" stays a holding', 'hold', 'talks with Karsland', 'hold'],
    ['"served" is serving', 'serve', null, 'serve'],
  ])('%s', (_label, predicate, object, expected) => {
    expect(claimClassOf({ predicate, object })).toBe(expected);
  });
});
