import { t, uiLanguage } from '../../i18n';
import { type NameMap, neighbours, type Timeline } from './name-picture';
import { readerHash } from './route';

export interface NamePictureTablesProps {
  name: string;
  timeline: Timeline;
  map: NameMap;
}

/** "March 2025" (Spanish: "marzo de 2025") for `YYYY-MM`. */
export function monthLabel(month: string, lang: string = uiLanguage()): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString(lang, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * The picture's facts as tables, for keyboard and screen-reader users (and anyone who wants the
 * numbers): the passages per month and source, and each name of the map with how many passages
 * it shares with the page's name and with the map's other names, each name a link to its page.
 */
export default function NamePictureTables({ name, timeline, map }: NamePictureTablesProps) {
  const names = new Map(map.nodes.map((n) => [n.id, n.name]));
  const { undated } = timeline;
  return (
    <div class="rd-picture-tables">
      <table class="rd-table rd-timeline-table">
        <caption>{t('nameTimelineTableCaption', name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('nameTimelineMonth')}</th>
            <th scope="col">{t('nameTimelineCorpus')}</th>
            <th scope="col">{t('nameTimelineLibrary')}</th>
            <th scope="col">{t('nameTimelineTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {timeline.months.map((m) => (
            <tr key={m.month} data-month={m.month}>
              <th scope="row">{monthLabel(m.month)}</th>
              <td>{m.bundled}</td>
              <td>{m.library}</td>
              <td>{m.bundled + m.library}</td>
            </tr>
          ))}
          {undated.bundled + undated.library > 0 ? (
            <tr data-month="none">
              <th scope="row">{t('nameTimelineNoDate')}</th>
              <td>{undated.bundled}</td>
              <td>{undated.library}</td>
              <td>{undated.bundled + undated.library}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {map.nodes.length > 1 ? (
        <table class="rd-table rd-map-table">
          <caption>{t('nameMapTableCaption', name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('nameMapName')}</th>
              <th scope="col">{t('nameMapTogether', name)}</th>
              <th scope="col">{t('nameMapAlsoWith')}</th>
            </tr>
          </thead>
          <tbody>
            {map.nodes
              .filter((n) => !n.centre)
              .map((n) => {
                const also = neighbours(map, n.id).filter((x) => x.id !== map.nodes[0]?.id);
                return (
                  <tr key={n.id} data-entity-id={n.id}>
                    <th scope="row">
                      <a href={readerHash({ view: 'name', entityId: n.id })}>{n.name}</a>
                    </th>
                    <td>{n.mentions}</td>
                    <td>
                      {also.length > 0
                        ? also.map((x) => `${names.get(x.id) ?? x.id} (${x.weight})`).join(', ')
                        : '—'}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
