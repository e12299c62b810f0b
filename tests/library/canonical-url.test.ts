/**
 * The same article reached by different links gets one id, so saving it again updates it;
 * different articles never share one.
 */
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../lib/library/canonical-url';

describe('the id of a saved article', () => {
  it.each([
    ['the fragment', 'https://example.com/story#comments', 'https://example.com/story'],
    [
      'campaign parameters',
      'https://example.com/story?utm_source=tw&utm_medium=social&utm_campaign=x',
      'https://example.com/story',
    ],
    [
      'click ids',
      'https://example.com/story?fbclid=IwAR0&gclid=abc&msclkid=1&igshid=2',
      'https://example.com/story',
    ],
    [
      'mailing-list ids',
      'https://example.com/story?mc_cid=1&mc_eid=2',
      'https://example.com/story',
    ],
    ['the default https port', 'https://example.com:443/story', 'https://example.com/story'],
    ['the default http port', 'http://example.com:80/story', 'http://example.com/story'],
    ['a trailing slash', 'https://example.com/story/', 'https://example.com/story'],
    ['several trailing slashes', 'https://example.com/story//', 'https://example.com/story'],
    ['www.', 'https://www.example.com/story', 'https://example.com/story'],
    ['upper-case host letters', 'https://EXAMPLE.com/story', 'https://example.com/story'],
    ['surrounding spaces', '  https://example.com/story  ', 'https://example.com/story'],
  ])('ignores %s', (_what, from, to) => {
    expect(canonicalUrl(from)).toBe(to);
  });

  it('keeps the parameters that choose the article, in one order', () => {
    expect(canonicalUrl('https://example.com/read?id=3&utm_source=x')).toBe(
      'https://example.com/read?id=3',
    );
    expect(canonicalUrl('https://example.com/read?b=2&a=1')).toBe(
      canonicalUrl('https://example.com/read?a=1&b=2'),
    );
  });

  it('tells different articles apart', () => {
    const ids = [
      'https://example.com/read?id=3',
      'https://example.com/read?id=4',
      'https://example.com/story',
      'https://example.com/Story',
      'https://other.example/story',
      'https://example.com:8443/story',
      'http://example.com/story',
    ].map(canonicalUrl);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the root path', () => {
    expect(canonicalUrl('https://example.com/')).toBe('https://example.com/');
    expect(canonicalUrl('https://example.com')).toBe('https://example.com/');
  });

  it('gives one id to every link of a real article', () => {
    const links = [
      'https://www.eluniversal.com.mx/nacion/sheinbaum-seguridad/?utm_source=facebook#top',
      'https://eluniversal.com.mx/nacion/sheinbaum-seguridad',
      'https://eluniversal.com.mx:443/nacion/sheinbaum-seguridad?fbclid=x',
    ];
    expect(new Set(links.map(canonicalUrl))).toEqual(
      new Set(['https://eluniversal.com.mx/nacion/sheinbaum-seguridad']),
    );
  });

  it('leaves what is not a web address as it is', () => {
    expect(canonicalUrl('not a url')).toBe('not a url');
    expect(canonicalUrl('file:///home/ana/story.html#x')).toBe('file:///home/ana/story.html#x');
  });
});
