import { describe, expect, it } from 'vitest';
import { cell, escapeText, gibText, parametersText, table } from './markdown';

describe('escapeText: user text made inert', () => {
  it.each([
    ['# Heading', '\\# Heading'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['*x* _y_ ~z~', '\\*x\\* \\_y\\_ \\~z\\~'],
    ['[a](b) <b>', '\\[a\\](b) \\<b\\>'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['> quote', '\\> quote'],
    ['line\nbreak\r\n# two', 'line break \\# two'],
    ['back\\slash', 'back\\\\slash'],
    ['Plain name 2', 'Plain name 2'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('table helpers', () => {
  it('escapes pipes in cells and builds a GFM table with alignment', () => {
    expect(cell('a|b\nc')).toBe('a\\|b c');
    expect(table(['A', 'B'], [['1', '2']], ['left', 'right'])).toBe(
      '| A | B |\n| --- | ---: |\n| 1 | 2 |',
    );
  });

  it('formats bytes as GiB with one decimal and parameters as B or M', () => {
    expect(gibText(1.5 * 2 ** 30)).toBe('1.5 GiB');
    expect(gibText(23261415579.648)).toBe('21.7 GiB');
    expect(parametersText(7_615_616_512)).toBe('7.6B');
    expect(parametersText(183_831_552)).toBe('184M');
  });
});
