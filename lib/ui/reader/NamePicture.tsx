import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../i18n';
import NameMapView from './NameMapView';
import NamePictureTables from './NamePictureTables';
import type { MapLayout } from './name-charts';
import type { NamePageData } from './name-page';
import { coMentionMap, type NameMap, passageTimeline, type Timeline } from './name-picture';

export interface NamePictureProps {
  data: NamePageData;
}

/** The chart libraries, fetched the first time a name's page draws its picture. */
const loadCharts = () => import('./name-charts');

type Charts = Awaited<ReturnType<typeof loadCharts>>;

const MAP_WIDTH = 720;
const MAP_HEIGHT = 420;

/** Announced by the page when both charts are on screen (the benchmark waits for it). */
export const PICTURE_DRAWN_MARK = 'frontera:name-picture-drawn';

/**
 * A name's page as a picture: a timeline of the passages that mention it (by month, the corpus's
 * and the library's apart) and a map of the names seen with it. The charts are drawn once their
 * libraries have loaded; the same facts are always in the tables under "Show as tables", so a
 * keyboard or screen-reader user (or a failed load) loses nothing.
 */
export default function NamePicture({ data }: NamePictureProps) {
  const timeline = useMemo(() => passageTimeline(data.groups), [data]);
  const map = useMemo(() => coMentionMap(data), [data]);
  const [charts, setCharts] = useState<Charts | 'failed' | null>(null);
  // Each drawing remembers what it was drawn from, so a page whose data changed (the library's
  // part arrived) is not announced as drawn until both are redrawn.
  const [laidOut, setLaidOut] = useState<{ map: NameMap; layout: MapLayout } | null>(null);
  const [timelineDrawn, setTimelineDrawn] = useState<Timeline | null>(null);
  const timelineRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    loadCharts().then(
      (c) => {
        performance.mark?.('frontera:name-picture-loaded');
        if (live) setCharts(c);
      },
      () => live && setCharts('failed'),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const box = timelineRef.current;
    if (!charts || charts === 'failed' || !box) return;
    let live = true;
    // In a task of its own, not in the one that runs every effect of the page's big render.
    void charts.nextTask().then(() => {
      if (!live) return;
      performance.mark?.('frontera:name-picture-timeline-start');
      // A fixed width (the SVG scales down with the column): reading the box's width would make
      // the browser lay out the whole page of passages first, a long task on a big page.
      const svg = charts.drawTimeline(
        timeline,
        { y: t('nameTimelineAxis'), lang: uiLanguage() },
        MAP_WIDTH,
      );
      box.replaceChildren(svg);
      performance.mark?.('frontera:name-picture-timeline');
      setTimelineDrawn(timeline);
    });
    return () => {
      live = false;
    };
  }, [charts, timeline]);

  useEffect(() => {
    if (!charts || charts === 'failed') return;
    let live = true;
    charts.layoutMap(map, MAP_WIDTH, MAP_HEIGHT).then((layout) => {
      performance.mark?.('frontera:name-picture-laid-out');
      if (live) setLaidOut({ map, layout });
    });
    return () => {
      live = false;
    };
  }, [charts, map]);

  const hasMap = map.nodes.length > 1;
  const layout = laidOut?.map === map ? laidOut.layout : null;
  const drawn =
    (timelineDrawn === timeline || timeline.months.length === 0) && (layout !== null || !hasMap);
  useEffect(() => {
    if (drawn) performance.mark?.(PICTURE_DRAWN_MARK);
  }, [drawn]);

  const undated = timeline.undated.bundled + timeline.undated.library;
  return (
    <section
      class="rd-picture"
      aria-labelledby="picture-title"
      data-drawn={drawn ? 'true' : 'false'}
      lang={uiLanguage()}
    >
      <h3 id="picture-title" class="rd-h3">
        {t('namePictureTitle')}
      </h3>
      {charts === 'failed' ? (
        <p class="rd-muted" role="status">
          {t('namePictureFailed')}
        </p>
      ) : null}
      <figure class="rd-figure rd-timeline">
        <figcaption id="timeline-caption">{t('nameTimelineCaption')}</figcaption>
        {timeline.months.length > 0 ? (
          <>
            {/* The table below says the same in words; the drawing is for sighted readers. */}
            <div class="rd-chart" ref={timelineRef} aria-hidden="true" />
            <p class="rd-legend" aria-hidden="true">
              <span class="rd-swatch rd-swatch-bundled" /> {t('nameTimelineCorpus')}{' '}
              <span class="rd-swatch rd-swatch-library" /> {t('nameTimelineLibrary')}
            </p>
          </>
        ) : (
          <p class="rd-muted">{t('nameTimelineEmpty')}</p>
        )}
        {undated > 0 ? (
          <p class="rd-muted rd-undated">
            {undated === 1 ? t('nameTimelineUndatedOne') : t('nameTimelineUndated', undated)}
          </p>
        ) : null}
      </figure>
      {hasMap ? (
        <figure class="rd-figure rd-map">
          <figcaption id="map-caption">
            {t('nameMapCaption')}
            {map.seenWithCount > map.nodes.length - 1
              ? ` ${t('nameMapMost', [map.nodes.length - 1, map.seenWithCount])}`
              : ''}
          </figcaption>
          <div class="rd-map-box">
            {layout ? (
              <NameMapView layout={layout} title={t('nameMapCaption')} />
            ) : (
              <div class="rd-map-wait" aria-busy="true" />
            )}
          </div>
        </figure>
      ) : null}
      <details class="rd-picture-details">
        <summary>{t('namePictureShowTables')}</summary>
        <NamePictureTables name={data.name} timeline={timeline} map={map} />
      </details>
    </section>
  );
}
