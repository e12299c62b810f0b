import { t } from '../../i18n';
import type { MapLayout } from './name-charts';
import { readerHash } from './route';

export interface NameMapViewProps {
  layout: MapLayout;
  /** What the drawing is (its figure's caption says it to sighted readers). */
  title: string;
}

const together = (n: number) => (n === 1 ? t('nameSeenOnce') : t('nameSeenCount', n));

/**
 * The map of the names seen with a name, as laid out by `layoutMap`: a line between two names for
 * the passages they share (thicker for more), a circle per name (larger for more passages), each
 * name a link to its own page, so a click or Enter on it goes there.
 */
export default function NameMapView({ layout, title }: NameMapViewProps) {
  const heaviest = Math.max(1, ...layout.edges.map((e) => e.weight));
  return (
    <svg class="rd-map-svg" viewBox={`0 0 ${layout.width} ${layout.height}`}>
      <title>{title}</title>
      <g class="rd-map-edges">
        {layout.edges.map((e) => (
          <line
            key={`${e.source.id} ${e.target.id}`}
            x1={e.source.x}
            y1={e.source.y}
            x2={e.target.x}
            y2={e.target.y}
            stroke-width={1 + 5 * (e.weight / heaviest)}
          />
        ))}
      </g>
      {layout.nodes.map((n) => {
        const label = n.centre ? n.name : `${n.name}, ${together(n.mentions)}`;
        const left = n.x > layout.width * 0.75;
        return (
          <a
            key={n.id}
            href={readerHash({ view: 'name', entityId: n.id })}
            class={`rd-map-node${n.centre ? ' rd-map-centre' : ''}`}
            data-entity-id={n.id}
            aria-label={label}
            {...(n.centre ? { 'aria-current': 'page' } : {})}
          >
            <title>{label}</title>
            <circle cx={n.x} cy={n.y} r={n.r} />
            <text
              x={left ? n.x - n.r - 4 : n.x + n.r + 4}
              y={n.y}
              dominant-baseline="middle"
              text-anchor={left ? 'end' : 'start'}
            >
              {n.name}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
