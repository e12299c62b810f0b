/**
 * A name's page as a picture, as the reader sees it: a timeline of its passages and a map of the
 * names seen with it, each name a link to its page, and the same facts as tables under "Show as
 * tables"; the undated passages said, not dropped; in Spanish in a Spanish browser; axe clean.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ReaderApp } from '../../../lib/ui/reader';
import { libraryReader } from '../../../lib/ui/reader/name-page';
import { setUiLanguage } from '../../i18n/catalogue';
import { axeViolations, mount } from '../helpers';
import { BARREDORA, fixtureLibrary } from './library-fixture';
import { lookup, readerSources } from './sources';

async function picture(entityId: string) {
  const root = mount(
    <ReaderApp
      corpus={lookup}
      sources={readerSources({ library: libraryReader(await fixtureLibrary()) })}
      route={{ view: 'name', entityId }}
      theme="light"
      onSearch={() => {}}
    />,
  );
  // The library's part joins the corpus's when read: wait for it, then for the drawing.
  await expect
    .poll(() => !!root.querySelector('h2') && !root.querySelector('.rd-note-line[role="status"]'))
    .toBe(true);
  await expect
    .poll(() => root.querySelector('.rd-picture')?.getAttribute('data-drawn'), { timeout: 5000 })
    .toBe('true');
  return root.querySelector('.rd-picture') as HTMLElement;
}

const cells = (row: Element) =>
  [...row.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim());

afterEach(() => setUiLanguage('en'));

describe('a name’s page as a picture', () => {
  it('draws a timeline of its passages, and says how many have no date', async () => {
    const section = await picture('claudia-sheinbaum');
    expect(section.querySelector('h3')?.textContent).toBe('At a glance');
    const chart = section.querySelector('.rd-timeline .rd-chart');
    expect(chart?.getAttribute('aria-hidden')).toBe('true');
    // One bar per month and source that has passages: 2024-06 (library), 2025-01 (corpus), 2025-03 (library).
    expect(chart?.querySelectorAll('.rd-bar-bundled rect')).toHaveLength(3);
    expect(chart?.querySelectorAll('.rd-bar-library rect')).toHaveLength(3);
    expect(section.querySelector('.rd-undated')?.textContent).toMatch(
      /^\d+ passages are not on the timeline: their source states no date, or only a year\.$/,
    );
  });

  it('maps the names seen with it, each a link to its page', async () => {
    const section = await picture('claudia-sheinbaum');
    const nodes = [...section.querySelectorAll('.rd-map-node')];
    expect(nodes[0]?.getAttribute('data-entity-id')).toBe('claudia-sheinbaum');
    expect(nodes[0]?.getAttribute('aria-current')).toBe('page');
    const barredora = section.querySelector(`.rd-map-node[data-entity-id="${BARREDORA}"]`);
    expect(barredora?.getAttribute('href')).toBe('#name=mine%3Ala-barredora');
    expect(barredora?.getAttribute('aria-label')).toBe('La Barredora, 1 passage together');
    expect(barredora?.querySelector('text')?.textContent).toBe('La Barredora');
    expect(section.querySelectorAll('.rd-map-edges line').length).toBeGreaterThan(0);
  });

  it('tells the same facts as tables, under “Show as tables”', async () => {
    const section = await picture('claudia-sheinbaum');
    expect(section.querySelector('details summary')?.textContent).toBe('Show as tables');
    const timeline = section.querySelector('.rd-timeline-table') as HTMLTableElement;
    expect(timeline.caption?.textContent).toBe('Passages that mention Claudia Sheinbaum, by month');
    const rows = [...timeline.querySelectorAll('tbody tr')].map(cells);
    expect(rows[0]).toEqual(['June 2024', '0', '1', '1']);
    expect(rows.at(-1)?.[0]).toBe('No date');
    expect(rows.at(-1)?.[2]).toBe('1');
    const map = section.querySelector('.rd-map-table') as HTMLTableElement;
    expect(cells(map.querySelector('thead tr') as Element)).toEqual([
      'Name',
      'Passages with Claudia Sheinbaum',
      'Shares those passages with (how many)',
    ]);
    const barredora = map.querySelector(`tr[data-entity-id="${BARREDORA}"]`) as Element;
    expect(cells(barredora).slice(0, 2)).toEqual(['La Barredora', '1']);
    expect(barredora.querySelector('a')?.getAttribute('href')).toBe('#name=mine%3Ala-barredora');
  });

  it('has no axe violations, tables open', async () => {
    const section = await picture('claudia-sheinbaum');
    (section.querySelector('details') as HTMLDetailsElement).open = true;
    expect(await axeViolations(section)).toEqual([]);
  });

  it('speaks Spanish in a Spanish browser', async () => {
    setUiLanguage('es');
    const section = await picture('claudia-sheinbaum');
    expect(section.querySelector('h3')?.textContent).toBe('De un vistazo');
    expect(section.querySelector('details summary')?.textContent).toBe('Mostrar como tablas');
    const first = section.querySelector('.rd-timeline-table tbody tr') as Element;
    expect(cells(first)[0]).toBe('junio de 2024');
  });
});
