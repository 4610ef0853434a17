import { describe, expect, it } from 'vitest';
import { pairQuoteMarks } from './marks.js';

const quoted = (text: string): string[] => pairQuoteMarks(text).map((s) => text.slice(s.start, s.end));

describe('pairQuoteMarks', () => {
  it.each<[string, string, string[]]>([
    ['curly double quotes, trailing comma dropped', '“Good things often come with difficulties,” he said.', ['Good things often come with difficulties']],
    ['straight double quotes', '"We will act," she said.', ['We will act']],
    ['two quotes in one paragraph', '“A,” he said. “B.”', ['A', 'B.']],
    ['multi-sentence quote', '“There is no proof of that. As you could anticipate, we have plans,” he told reporters.', ['There is no proof of that. As you could anticipate, we have plans']],
    ['a quote continued in the next paragraph (no closing mark)', '“We will act.\n\n“We will not wait,” he added.', ['We will act.', 'We will not wait']],
    ['straight quote continued in the next paragraph', '"We will act.\n\n"We will not wait," he added.', ['We will act.', 'We will not wait']],
    ['single curly quotes as a title', 'his ‘Board of Peace’ plan', ['Board of Peace']],
    ['single quotes nested in double quotes stay inside', '“He called it ‘a disaster’,” she said.', ['He called it ‘a disaster’']],
    ['apostrophes are not quotes', 'the two countries’ economies and Starmer’s trip', []],
    ['straight apostrophes are not quotes', "it's the leaders' summit", []],
    ['straight single quotes after a space', "the 'pragmatic' approach", ['pragmatic']],
    ['an unclosed quote at a paragraph end is dropped', '“We will act.\n\nThe minister left.', []],
  ])('%s', (_label, input, expected) => {
    expect(quoted(input)).toEqual(expected);
  });

  it('gives both pieces of a continued quote the same group', () => {
    const [a, b] = pairQuoteMarks('“We will act.\n\n“We will not wait,” he added.');
    expect(a!.group).toBe(b!.group);
  });
});
