import { describe, expect, it } from 'vitest';
import { ICON_SIZES, iconFor, iconSet } from '../../lib/background/icon-set';

const none = { granted: [], disabled: [] };

describe('the toolbar icon', () => {
  it.each([
    ['a default news site', 'https://apnews.com/article/x', none, 'on'],
    ['a subdomain of one', 'https://edition.cnn.com/2025/x', none, 'on'],
    [
      'a site the reader enabled',
      'https://blog.example.org/p',
      { granted: ['example.org'], disabled: [] },
      'on',
    ],
    [
      'a news site turned off',
      'https://www.apnews.com/a',
      { granted: [], disabled: ['apnews.com'] },
      'muted',
    ],
    [
      'an enabled site turned off',
      'https://example.org/',
      { granted: ['example.org'], disabled: ['example.org'] },
      'muted',
    ],
    ['any other site', 'https://example.com/', none, 'muted'],
    ['a browser page', 'chrome://extensions/', none, 'muted'],
    ['a tab whose address is hidden', undefined, none, 'muted'],
    [
      'an extension store',
      'https://chromewebstore.google.com/',
      { granted: ['google.com'], disabled: [] },
      'muted',
    ],
  ] as const)('on %s: %s', (_what, url, where, expected) => {
    expect(iconFor(url, where)).toBe(expected);
  });

  it('has every manifest size in both variants', () => {
    expect(Object.keys(iconSet('on')).map(Number)).toEqual([...ICON_SIZES]);
    expect(iconSet('on')['16']).toBe('icon/16.png');
    expect(iconSet('muted')['128']).toBe('icon/muted-128.png');
  });
});
