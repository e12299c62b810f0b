/**
 * Generated news pages for the page benchmark: deterministic (seeded), shaped like real pages
 * (masthead, navigation, sidebar, footer around the story), sized by word count.
 */

export interface GeneratedPage {
  name: string;
  file: string;
  words: number;
  html: string;
}

const NAMED = [
  'President Claudia Sheinbaum said the government would not accept foreign troops.',
  'Donald Trump repeated his threat of tariffs on Mexican goods.',
  'The Sinaloa Cartel has split into Los Chapitos and La Mayiza.',
  'Omar García Harfuch announced new arrests in Culiacán.',
  'The DEA has long sought the extradition of cartel leaders.',
  'Fentanyl seizures at the border rose again this spring.',
  'Andrés Manuel López Obrador favoured social programs over confrontation.',
  'Rafael Caro Quintero was flown to the United States with 28 others.',
  'JD Vance said Washington wanted a cooperative relationship with Mexico.',
  'The Jalisco New Generation Cartel was listed as a foreign terrorist organization.',
];

const PLAIN = [
  'Officials met for several hours on Tuesday and agreed to meet again next month.',
  'The talks covered trade, water, energy and the movement of people across the border.',
  'Local businesses said the uncertainty had already affected their orders.',
  'Residents of the city described a tense week with roadblocks and closed schools.',
  'A spokesperson declined to comment on the details of the agreement.',
  'Economists expect growth to slow in the second half of the year.',
  'The committee will publish its findings after the summer recess.',
  'Several analysts cautioned that the numbers were preliminary and could change.',
  'Reporters waited outside the ministry until late in the evening.',
  'The weather delayed flights at the airport for most of the afternoon.',
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function paragraph(rand: () => number, words: number, namedShare: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < words) {
    const pool = rand() < namedShare ? NAMED : PLAIN;
    const s = pool[Math.floor(rand() * pool.length)] as string;
    out.push(s);
    n += s.split(' ').length;
  }
  return out.join(' ');
}

function shell(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:17px/1.6 Georgia,serif;margin:0}main{max-width:720px;margin:0 auto;padding:0 20px}
nav,footer,aside{font:14px system-ui;background:#f3f3f3;padding:10px}</style></head><body>
<header><nav><a href="#">World</a> <a href="#">Trump</a> <a href="#">Sheinbaum</a> <a href="#">Sinaloa Cartel</a></nav></header>
<main>${body}</main>
<aside class="sidebar"><h3>Trending</h3><ul><li>Donald Trump and the border</li><li>What is fentanyl?</li></ul></aside>
<footer>© Benchmark News</footer></body></html>`;
}

function article(
  name: string,
  file: string,
  words: number,
  namedShare: number,
  seed: number,
): GeneratedPage {
  const rand = rng(seed);
  const paras: string[] = [];
  let n = 0;
  while (n < words) {
    const len = 40 + Math.floor(rand() * 40);
    paras.push(`<p>${paragraph(rand, len, namedShare)}</p>`);
    n += len;
  }
  const body = `<article><h1>${name}</h1><p class="byline">By Bench Reporter</p>${paras.join('\n')}</article>`;
  return { name, file, words: n, html: shell(name, body) };
}

function liveBlog(targetBytes: number, seed: number): GeneratedPage {
  const rand = rng(seed);
  const posts: string[] = [];
  let bytes = 0;
  let words = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const len = 30 + Math.floor(rand() * 60);
    const text = paragraph(rand, len, 0.3);
    const post = `<div class="post"><div class="post-meta"><time>${String(8 + (Math.floor(i / 60) % 14)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}</time> <span class="author">Live desk</span></div><p>${text}</p><div class="post-actions"><a href="#">Share</a> <a href="#">Link</a></div></div>`;
    posts.push(post);
    bytes += post.length;
    words += len;
  }
  const body = `<article><h1>Live: US–Mexico security talks</h1><div class="live-feed">${posts.join('\n')}</div></article>`;
  return {
    name: 'live blog (~1 MB)',
    file: 'live-blog.html',
    words,
    html: shell('Live blog', body),
  };
}

/** A mid-length story inside a heavy page: mega-menu, link farms, related grids (~3,500 elements). */
function heavyPage(seed: number): GeneratedPage {
  const base = article('article in a heavy page', 'heavy.html', 1500, 0.25, seed);
  const links = (n: number, label: string) =>
    Array.from({ length: n }, (_, i) => `<li><a href="#"><span>${label} ${i}</span></a></li>`).join(
      '',
    );
  const menu = `<div class="mega-menu">${Array.from({ length: 12 }, (_, i) => `<div class="col"><h4>Section ${i}</h4><ul>${links(40, 'Topic')}</ul></div>`).join('')}</div>`;
  const related = `<aside class="related-grid">${Array.from({ length: 60 }, (_, i) => `<div class="card"><img alt=""><h5>Related story ${i}</h5><p>Short teaser about the border, number ${i}.</p></div>`).join('')}</aside>`;
  const html = base.html
    .replace('<main>', `${menu}<main>`)
    .replace(
      '</main>',
      `</main>${related}<footer class="big-footer"><ul>${links(200, 'Footer link')}</ul></footer>`,
    );
  return { ...base, html };
}

export function generatedPages(): GeneratedPage[] {
  return [
    article('short article', 'short.html', 500, 0.3, 1),
    article('5,000-word article', 'long.html', 5000, 0.25, 2),
    liveBlog(1_000_000, 3),
    article('no mentions', 'none.html', 3000, 0, 4),
    heavyPage(5),
  ];
}
