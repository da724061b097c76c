import { useId, useMemo } from 'react';
import type { PathwaysResponse } from '@trailmap/contracts';
import { asPercent } from '../comparison-words.ts';
import {
  describePathways,
  layoutPathways,
  type DiagramEdge,
  type DiagramNode,
} from './pathway-diagram-layout.ts';

interface Props {
  readonly data: PathwaysResponse;
  /** The path to highlight (hovered or focused here or in the list), or null. */
  readonly active: number | null;
  readonly onActivate: (path: number | null) => void;
}

const LINE_HEIGHT = 16;

/** Closer steps are drawn with thicker lines; the percentage says it in words. */
const strokeFor = (similarity: number) => 1.5 + Math.max(0, Math.min(1, similarity)) * 4;

/**
 * The pathways as a diagram: start on the left, target on the right, one lane
 * per path, each role drawn once. The list below gives the details; this is
 * an image with a text summary, inside a region that scrolls sideways on
 * narrow screens.
 */
export function PathwayDiagram({ data, active, onActivate }: Props) {
  const id = useId();
  const layout = useMemo(() => layoutPathways(data), [data]);
  const summary = useMemo(() => describePathways(data, layout), [data, layout]);
  const stateOf = (paths: readonly number[]) =>
    active === null ? '' : paths.includes(active) ? ' is-active' : ' is-dimmed';
  return (
    <div
      className="pathway-diagram-scroll"
      role="region"
      aria-label="Pathway diagram (scrolls sideways on narrow screens)"
      // Focusable so keyboard users can scroll it.
      tabIndex={0}
    >
      <svg
        className="pathway-diagram"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ minWidth: `${Math.round(layout.width * 0.9)}px` }}
      >
        <title id={`${id}-title`}>
          {`Diagram of ${data.paths.length} pathway${data.paths.length === 1 ? '' : 's'} from ${data.from.title} to ${data.to.title}`}
        </title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {data.paths.map((_, path) => (
          <g
            key={path}
            className={`pathway-lane${stateOf([path])}`}
            data-path={path + 1}
            onMouseEnter={() => onActivate(path)}
            onMouseLeave={() => onActivate(null)}
          >
            {layout.edges
              .filter((edge) => edge.path === path)
              .map((edge, index) => (
                <Edge key={`${edge.from}>${edge.to}`} edge={edge} first={index === 0} />
              ))}
          </g>
        ))}
        {layout.nodes.map((node) => (
          <Node key={node.id} node={node} className={stateOf(node.paths)} />
        ))}
      </svg>
    </div>
  );
}

function Edge({ edge, first }: { edge: DiagramEdge; first: boolean }) {
  const label = `${first ? `Path ${edge.path + 1} · ` : ''}${asPercent(edge.similarity)}`;
  return (
    <>
      <path className="pathway-edge" d={edge.d} strokeWidth={strokeFor(edge.similarity)} />
      {/* Wide and invisible, so the lane is easy to hover. */}
      <path className="pathway-edge-hit" d={edge.d} />
      {edge.labelled && (
        <text className="pathway-edge-label" x={edge.labelX} y={edge.labelY} textAnchor="middle">
          {label}
        </text>
      )}
    </>
  );
}

function Node({ node, className }: { node: DiagramNode; className: string }) {
  const caption = node.kind === 'start' ? 'Today' : node.kind === 'target' ? 'Target' : null;
  const shared = node.kind === 'step' && node.paths.length > 1;
  const onPaths = `paths ${node.paths.map((p) => p + 1).join(', ')}`;
  const top = node.y + node.height / 2 - ((node.lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <g className={`pathway-diagram-node ${node.kind}${shared ? ' shared' : ''}${className}`}>
      <title>{shared ? `${node.title} (on ${onPaths})` : node.title}</title>
      <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={8} />
      {caption && (
        <text className="pathway-caption" x={node.x + 4} y={node.y - 6}>
          {caption}
        </text>
      )}
      {shared && (
        <text className="pathway-caption" x={node.x + 4} y={node.y - 6}>
          {`On ${onPaths}`}
        </text>
      )}
      <text className="pathway-node-label" x={node.x + node.width / 2} textAnchor="middle">
        {node.lines.map((line, i) => (
          <tspan key={i} x={node.x + node.width / 2} y={top + i * LINE_HEIGHT} dy="0.35em">
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
