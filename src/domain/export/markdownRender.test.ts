import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { recommend } from '../recommend';
import { exportMarkdown } from './exportMarkdown';
import { escapeText } from './markdown';

/** GitHub-flavoured Markdown as GitHub, GitLab and most editors render it. */
const render = (markdown: string) =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

const HOSTILE = [
  'See https://evil.example/phish now',
  '<https://evil.example>',
  '[click](https://evil.example)',
  'www.evil.example',
  'mail ops@evil.example',
  'a | b',
  '# Heading',
  '**bold** _it_ ~~gone~~',
  '1. listed',
  '![img](x.png)',
];

describe('user text in the Markdown export, as a GFM renderer shows it', () => {
  it.each(HOSTILE)('%j renders as the same text, with no link or markup', (text) => {
    const html = render(`Project: ${escapeText(text)}`);
    expect(html).not.toMatch(/<(a|img|strong|em|del|h\d|ol|li|code)\b/);
    expect(decode(html)).toBe(`Project: ${text}`);
  });

  it.each(HOSTILE)('%j stays one cell of its table row', (text) => {
    const html = render(`| Question | Answer |\n| --- | --- |\n| Project | ${escapeText(text)} |`);
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).not.toMatch(/<a\b/);
  });

  it('leaves only Tunewise’s own link clickable in a whole export', () => {
    const rec = recommend({
      task: { projectName: 'Docs at https://evil.example or www.evil.example' },
    });
    const html = render(
      exportMarkdown(rec, {
        date: '2026-12-01',
        link: 'https://tunewise.example/recommendation#v=2',
      }),
    );
    const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs).toEqual(['https://tunewise.example/recommendation#v=2']);
    expect(html).toContain('Docs at https://evil.example or www.evil.example');
  });
});
