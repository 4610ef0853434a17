// The key an entity is matched on across articles: people by family name, other names whole.
import { describe, expect, it } from 'vitest';
import { entityKey } from './entity-key.js';

describe('entityKey', () => {
  it.each([
    ['a person by family name, without honorifics', { name: 'Sir Keir Starmer', type: 'person' as const }, 'starmer'],
    ['the same person named shortly', { name: 'Starmer', type: 'person' as const }, 'starmer'],
    ['a suffix is not a family name', { name: 'Arcade Comeaux Jr', type: 'person' as const }, 'comeaux'],
    ['a place by its full folded name, whatever its type', { name: 'Port Elan', type: 'place' as const }, 'port elan'],
    ['an organization without "the"', { name: 'the Velsand Meteorological Office', type: 'organization' as const }, 'velsand meteorological office'],
    ['a possessive is not part of the name', { name: 'Starmer’s', type: 'person' as const }, 'starmer'],
    ['accents folded', { name: 'Élysée Palace', type: 'place' as const }, 'elysee palace'],
    ['only titles: no key', { name: 'the President', type: 'other' as const }, null],
  ])('keys %s', (_label, entity, key) => expect(entityKey(entity)).toBe(key));
});

