/**
 * Sites where Frontera runs from install, without asking: major English- and Spanish-language
 * news outlets that cover US–Mexico security. Anywhere else the reader turns it on from the popup
 * (an optional host permission, requested at that moment).
 */
export const NEWS_DOMAINS: readonly string[] = [
  // Wire services
  'apnews.com',
  'reuters.com',
  'afp.com',
  'efe.com',
  'bloomberg.com',
  // US national
  'nytimes.com',
  'washingtonpost.com',
  'wsj.com',
  'latimes.com',
  'usatoday.com',
  'npr.org',
  'cnn.com',
  'cnnespanol.cnn.com',
  'nbcnews.com',
  'cbsnews.com',
  'abcnews.go.com',
  'foxnews.com',
  'politico.com',
  'axios.com',
  'theguardian.com',
  'bbc.com',
  'bbc.co.uk',
  'insightcrime.org',
  'time.news',
  // Border and regional
  'texastribune.org',
  'dallasnews.com',
  'houstonchronicle.com',
  'expressnews.com',
  'elpasotimes.com',
  'borderreport.com',
  'azcentral.com',
  'sandiegouniontribune.com',
  'kjzz.org',
  // Mexico national
  'eluniversal.com.mx',
  'milenio.com',
  'jornada.com.mx',
  'reforma.com',
  'excelsior.com.mx',
  'proceso.com.mx',
  'animalpolitico.com',
  'elfinanciero.com.mx',
  'eleconomista.com.mx',
  'infobae.com',
  'elpais.com',
  'sinembargo.mx',
  'aristeguinoticias.com',
  'mexiconewsdaily.com',
  'riodoce.mx',
  'zetatijuana.com',
  'elimparcial.com',
  'noroeste.com.mx',
  'univision.com',
  'telemundo.com',
];

/** Match patterns for the manifest: each domain and its subdomains, over https. */
export function newsMatchPatterns(domains: readonly string[] = NEWS_DOMAINS): string[] {
  return domains.flatMap((d) => [`https://${d}/*`, `https://*.${d}/*`]);
}
