import { describe, expect, it } from 'vitest';
import { pairQuoteMarks } from './marks.js';

const quoted = (text: string): string[] => pairQuoteMarks(text).map((s) => text.slice(s.start, s.end));

describe('pairQuoteMarks', () => {
  it.each<[string, string, string[]]>([
    ['curly double quotes, trailing comma dropped', '“Hard roads often end in good harbours,” he said.', ['Hard roads often end in good harbours']],
    ['straight double quotes', '"We will act," she said.', ['We will act']],
    ['two quotes in one paragraph', '“A,” he said. “B.”', ['A', 'B.']],
    ['multi-sentence quote', '“There is nothing to support that. As you might expect, we have rules,” he told reporters.', ['There is nothing to support that. As you might expect, we have rules']],
    ['a quote continued in the next paragraph (no closing mark)', '“We will act.\n\n“We will not wait,” he added.', ['We will act.', 'We will not wait']],
    ['straight quote continued in the next paragraph', '"We will act.\n\n"We will not wait," he added.', ['We will act.', 'We will not wait']],
    ['single curly quotes as a title', 'his ‘Council of Tides’ plan', ['Council of Tides']],
    ['single quotes nested in double quotes stay inside', '“He called it ‘a shambles’,” she said.', ['He called it ‘a shambles’']],
    ['apostrophes are not quotes', 'the two coasts’ harbours and Halloran’s trip', []],
    ['straight apostrophes are not quotes', "it's the leaders' summit", []],
    ['straight single quotes after a space', "the 'pragmatic' approach", ['pragmatic']],
    ['an unclosed quote at a paragraph end is dropped', '“We will act.\n\nThe minister left.', []],
    ['a quote whose closing mark was left out before its attribution ends at the attribution', '“We have a broad membership, Mr. Brix said. “Some will not be happy.”', ['We have a broad membership', 'Some will not be happy.']],
    ['… but a stray opening mark with no attribution before the next is still dropped', '“We have a broad membership. “Some will not be happy.”', ['Some will not be happy.']],
    ['a doubled straight opening mark opens one quote', 'An excerpt: ""We have learned a lot," he said. "And you show it."', ['We have learned a lot', 'And you show it.']],
    ['a curly opening closed by a straight mark', '“We will act," he said. “Soon.”', ['We will act', 'Soon.']],
    ['a straight opening closed by a curly mark', '"We will act,” he said.', ['We will act']],
    ['a quote left open continues into a paragraph that closes it with no opening mark', 'She left. "We are a big company.\n\nBut not too big to answer for it."\n\nShe smiled.', ['We are a big company.', 'But not too big to answer for it.']],
    ['… but not into a paragraph whose first mark opens a quote', '"We will act.\n\nThe minister said "no" twice.', ['no']],
    ['… nor a curly one into a paragraph that opens its own', '“We will act.\n\nThe minister left. “Fine,” he said.', ['Fine']],
  ])('%s', (_label, input, expected) => {
    expect(quoted(input)).toEqual(expected);
  });

  it('gives both pieces of a continued quote the same group', () => {
    const [a, b] = pairQuoteMarks('“We will act.\n\n“We will not wait,” he added.');
    expect(a!.group).toBe(b!.group);
  });
});
