/**
 * What a saved article records about itself comes from what the page states: JSON-LD first,
 * then Open Graph and article meta tags, then what Readability found. Never a guessed date.
 */
import { describe, expect, it } from 'vitest';
import { readArticleMeta, statedDate } from '../../lib/page/article-meta';

function doc(head: string, body = '<h1>Headline in the page</h1>', lang = 'en'): Document {
  const d = document.implementation.createHTMLDocument('Tab title | Site');
  d.documentElement.setAttribute('lang', lang);
  d.head.insertAdjacentHTML('beforeend', head);
  d.body.innerHTML = body;
  return d;
}

describe('article metadata', () => {
  it('reads a NewsArticle in JSON-LD, also inside @graph', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Ignored' },
        {
          '@type': ['NewsArticle'],
          headline: 'Sheinbaum answers Washington',
          datePublished: '2025-03-02T14:05:00-06:00',
          author: [{ '@type': 'Person', name: 'Ana López' }, { name: 'John Roe' }],
          publisher: { '@type': 'Organization', name: 'El Diario' },
          inLanguage: 'es-MX',
        },
      ],
    };
    const meta = readArticleMeta(
      doc(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, '', 'en'),
    );
    expect(meta).toEqual({
      title: 'Sheinbaum answers Washington',
      site: 'El Diario',
      byline: 'Ana López, John Roe',
      publishedAt: '2025-03-02T20:05:00.000Z',
      language: 'es',
    });
  });

  it('falls back to Open Graph and article tags, then to Readability', () => {
    const meta = readArticleMeta(
      doc(
        `<meta property="og:title" content="Cartels and tariffs">
         <meta property="og:site_name" content="The Border Times">
         <meta property="article:published_time" content="2024-11-05">
         <meta name="author" content="R. Smith">`,
      ),
      { byline: 'Someone else', publishedTime: '2020-01-01' },
    );
    expect(meta).toMatchObject({
      title: 'Cartels and tariffs',
      site: 'The Border Times',
      byline: 'R. Smith',
      publishedAt: '2024-11-05',
      language: 'en',
    });
    const bare = readArticleMeta(doc(''), {
      byline: 'By A. Writer',
      publishedTime: '2023-06-01T10:00:00Z',
    });
    expect(bare).toMatchObject({
      title: 'Headline in the page',
      byline: 'By A. Writer',
      publishedAt: '2023-06-01T10:00:00.000Z',
    });
  });

  it('states no date rather than a wrong one, and survives broken JSON-LD', () => {
    const meta = readArticleMeta(
      doc(
        `<script type="application/ld+json">{ not json</script>
         <meta property="article:published_time" content="last Tuesday">`,
        '<h1>Story</h1>',
        'fr',
      ),
    );
    expect(meta.publishedAt).toBeNull();
    expect(meta.byline).toBeNull();
    expect(meta.language).toBeNull();
    expect(statedDate('1970-01-01T00:00:00Z')).toBeNull();
    expect(statedDate('2024-02-29')).toBe('2024-02-29');
    expect(statedDate('2025-02-29')).toBeNull();
  });
});
