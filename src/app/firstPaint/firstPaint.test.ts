import { afterEach, describe, expect, it } from 'vitest';
import { recommend } from '../../domain/recommend/recommend';
import { decodeLink } from '../../domain/share/urlCodec';
import { ANSWERS_STORAGE_KEY, OWN_ADDRESSES_KEY } from '../adapters/storage';
import { FIRST_PAINT_ID, firstPaintLink, removeFirstPaint } from './firstPaintLink';
import { paintDecision } from './paintDecision';

const SHARED = '#v=2&done=5&p=chat&gpu=rtx-4090';
const at = (pathname: string, hash = SHARED) => ({ pathname, hash });

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  document.body.innerHTML = '';
});

describe('which links get their decision before the app loads', () => {
  it('a complete shared /recommendation link in a browser with nothing saved', () => {
    expect(firstPaintLink(at('/recommendation'))).toBe(SHARED);
    expect(firstPaintLink(at('/tunewise/recommendation'))).toBe(SHARED);
  });

  it('not another page, nor a link with steps left', () => {
    expect(firstPaintLink(at('/summary'))).toBeNull();
    expect(firstPaintLink(at('/'))).toBeNull();
    expect(firstPaintLink(at('/recommendation', '#v=2&done=3&p=chat'))).toBeNull();
    expect(firstPaintLink(at('/recommendation', ''))).toBeNull();
  });

  it('not where answers are saved (the app may ask which to keep), nor on this tab’s own address', () => {
    localStorage.setItem(ANSWERS_STORAGE_KEY, '{}');
    expect(firstPaintLink(at('/recommendation'))).toBeNull();
    localStorage.clear();
    sessionStorage.setItem(OWN_ADDRESSES_KEY, JSON.stringify([SHARED]));
    expect(firstPaintLink(at('/recommendation'))).toBeNull();
  });
});

describe('the first paint', () => {
  const root = () => {
    const element = document.createElement('div');
    element.id = 'root';
    document.body.append(element);
    return element;
  };

  it('writes the decision the app will show, above the app’s root', () => {
    const app = root();
    paintDecision(SHARED);
    const paint = document.getElementById(FIRST_PAINT_ID)!;
    expect(paint.nextElementSibling).toBe(app);
    const expected = recommend(decodeLink({ search: '', hash: SHARED }).answers).decision;
    expect(expected).toMatch(/^Fine-tune /);
    expect(paint.querySelector('.decision-sentence')!.textContent).toBe(expected);
    expect(paint.textContent).toContain('Your recommendation');
  });

  it('paints nothing for a link with steps left or from a newer Tunewise, and only once', () => {
    root();
    paintDecision('#v=2&done=4&p=chat');
    paintDecision('#v=99&done=5&p=chat');
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
    paintDecision(SHARED);
    paintDecision(SHARED);
    expect(document.querySelectorAll(`#${FIRST_PAINT_ID}`)).toHaveLength(1);
  });

  it('gives way when the app shows its page', () => {
    root();
    paintDecision(SHARED);
    removeFirstPaint();
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
  });
});
