/**
 * What a page says about its article: title, site, byline, language and the date it was
 * published, read from the markup publishers write for search engines and social cards
 * (JSON-LD NewsArticle, Open Graph, `article:published_time`, `<meta name=author>`, `<time>`).
 * Read only when the reader saves the article; never guessed from the text: a wrong date on a
 * saved article would be quoted on every card that uses it.
 */

export interface ArticleMeta {
  title: string;
  /** The site's own name (og:site_name, JSON-LD publisher), else the host name. */
  site: string;
  byline: string | null;
  /** ISO 8601 as the page states it, or null. */
  publishedAt: string | null;
  /** 'en', 'es', or null for anything else or nothing stated. */
  language: 'en' | 'es' | null;
}

/** What Readability found, when it ran (it reads some of the same markup, and bylines in text). */
export interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  /** Readability's excerpt: the page's description, or its first paragraph. */
  excerpt?: string | null;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|Report|WebPage)$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every JSON-LD object on the page, flattened out of arrays and @graph lists. */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4) return;
    if (Array.isArray(value)) for (const v of value) visit(v, depth + 1);
    else if (isObject(value)) {
      out.push(value);
      if (Array.isArray(value['@graph'])) visit(value['@graph'], depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is the page's problem; the other sources still count.
    }
  }
  return out;
}

function typesOf(obj: Json): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(text).filter((v): v is string => v !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (isObject(value)) return text(value.name);
  return null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(
      `meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`,
    );
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** A date the page states, normalised to ISO; null when it does not parse as one. */
export function statedDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  // Keep a bare date as a date: turning 2025-03-02 into a time would shift it by a time zone.
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const day = new Date(`${trimmed}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(trimmed) ? trimmed : null;
  }
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2100) return null;
  return new Date(ms).toISOString();
}

function languageOf(value: string | null | undefined): 'en' | 'es' | null {
  const code = value?.trim().toLowerCase().slice(0, 2);
  return code === 'en' || code === 'es' ? code : null;
}

/** The article's metadata, most specific source first. */
export function readArticleMeta(doc: Document, readability?: ReadabilityMeta | null): ArticleMeta {
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'));
  const host = doc.location?.hostname?.replace(/^www\./, '') ?? '';
  const publisher = article && isObject(article.publisher) ? text(article.publisher.name) : null;

  const title =
    text(article?.headline) ??
    meta(doc, 'og:title', 'twitter:title') ??
    readability?.title?.trim() ??
    doc.querySelector('h1')?.textContent?.trim() ??
    doc.title.trim();
  const site = meta(doc, 'og:site_name') ?? publisher ?? readability?.siteName?.trim() ?? host;
  const byline =
    text(article?.author) ??
    meta(doc, 'author', 'article:author') ??
    readability?.byline?.trim() ??
    null;
  const publishedAt =
    statedDate(text(article?.datePublished)) ??
    statedDate(meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate')) ??
    statedDate(readability?.publishedTime) ??
    statedDate(
      doc.querySelector('article time[datetime], time[pubdate]')?.getAttribute('datetime'),
    );
  const language =
    languageOf(text(article?.inLanguage)) ??
    languageOf(doc.documentElement.getAttribute('lang')) ??
    languageOf(meta(doc, 'og:locale')) ??
    languageOf(readability?.lang);

  return {
    title: title || host,
    site: site || host,
    byline: byline && !/^https?:/.test(byline) ? byline : null,
    publishedAt,
    language,
  };
}
