import { memo, useId } from 'react';
import type { ReactNode } from 'react';
import { keyOfIdSet } from '@trailmap/domain';
import type { Strategy } from '@trailmap/domain';
import { layoutVenn, MARKER_RADIUS } from './venn-geometry.ts';
import type { VennLayout, VennSetCount, VennShape } from './venn-geometry.ts';
import { LEGEND_LINE_HEIGHT, legendRows, phraseOrPlaceholder } from './venn-legend.ts';
import { SCREEN_PALETTE, VENN_FONT } from './venn-palette.ts';
import type { VennPalette } from './venn-palette.ts';
import { wrapText } from './venn-text.ts';

/** The values drawn as shapes: the first four (a diagram holds at most four). */
export const diagramValuesOf = (strategy: Strategy) => strategy.values.slice(0, 4);

/** The layout for the strategy, or null while it has fewer than two values. */
export function layoutForStrategy(strategy: Strategy): VennLayout | null {
  const count = diagramValuesOf(strategy).length;
  return count >= 2 ? layoutVenn(count as VennSetCount) : null;
}

const ellipseProps = (shape: VennShape) => ({
  cx: shape.cx,
  cy: shape.cy,
  rx: shape.rx,
  ry: shape.ry,
  transform: shape.angleDeg ? `rotate(${shape.angleDeg} ${shape.cx} ${shape.cy})` : undefined,
});

/** One sentence for the diagram's text alternative; the full words are listed beside it. */
export function describeDiagram(strategy: Strategy): string {
  const values = diagramValuesOf(strategy).map((value, index) =>
    phraseOrPlaceholder(value.phrase, index),
  );
  const statement = strategy.gratifyingWork.trim();
  return `One shape for each of the values ${values.join(', ')}, meeting in the middle around ${
    statement ? `the gratifying work: ${statement}` : 'the gratifying work, not written yet'
  }.`;
}

/** SVG lines centred on a point: one <tspan> per line. */
function Lines({ lines, x, y, size }: { lines: string[]; x: number; y: number; size: number }) {
  const lineHeight = size * 1.2;
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  return lines.map((line, index) => (
    <tspan key={index} x={x} y={top + index * lineHeight} dominantBaseline="central">
      {line}
    </tspan>
  ));
}

/**
 * The strategy as a Venn diagram: one shape per value, the gratifying work in
 * a card at the centre, a numbered marker in every region where values meet.
 * The region `activeKey` names (keyOfIdSet of its value ids) is shaded, so the
 * person sees where the line they are writing belongs. With `withLegend` the
 * full words are written out below, for an exported file.
 */
export const VennDiagram = memo(function VennDiagram({
  strategy,
  activeKey = null,
  onPick,
  palette = SCREEN_PALETTE,
  withLegend = false,
}: {
  strategy: Strategy;
  activeKey?: string | null;
  onPick?: (key: string) => void;
  palette?: VennPalette;
  withLegend?: boolean;
}) {
  // useId gives characters that are not allowed in a url(#…) reference.
  const prefix = `venn${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const layout = layoutForStrategy(strategy);
  if (!layout) return null;
  const values = diagramValuesOf(strategy);
  const regions = layout.overlaps.map((region, index) => {
    const ids = region.members.map((member) => values[member]?.id ?? '');
    const key = keyOfIdSet(ids);
    const line = strategy.overlaps.find((overlap) => keyOfIdSet(overlap.valueIds) === key)?.line;
    return { region, key, number: index + 1, written: Boolean(line?.trim()) };
  });
  const active = regions.find((entry) => entry.key === activeKey);
  const rows = withLegend ? legendRows(strategy) : [];
  const height = layout.height + (rows.length > 0 ? rows.length * LEGEND_LINE_HEIGHT + 24 : 0);
  const { centre } = layout;
  const statementLines = wrapText(
    strategy.gratifyingWork,
    Math.floor((centre.width - 10) / 6.2),
    Math.floor((centre.height - 6) / 13.5),
  );
  const outside = active
    ? layout.shapes.filter((_, index) => !active.region.members.includes(index))
    : [];

  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${layout.width} ${height}`}
      className="venn-svg"
      role="img"
      aria-labelledby={`${prefix}-title ${prefix}-desc`}
      style={{ fontFamily: VENN_FONT, background: palette.background }}
    >
      <title id={`${prefix}-title`}>Venn diagram of my career strategy</title>
      <desc id={`${prefix}-desc`}>{describeDiagram(strategy)}</desc>
      <defs>
        {layout.shapes.map((shape, index) => (
          <clipPath key={index} id={`${prefix}-clip-${index}`}>
            <ellipse {...ellipseProps(shape)} />
          </clipPath>
        ))}
        <mask id={`${prefix}-outside`}>
          <rect width={layout.width} height={layout.height} style={{ fill: '#fff' }} />
          {outside.map((shape, index) => (
            <ellipse key={index} {...ellipseProps(shape)} style={{ fill: '#000' }} />
          ))}
        </mask>
      </defs>
      <rect width={layout.width} height={height} style={{ fill: palette.background }} />
      {layout.shapes.map((shape, index) => (
        <ellipse
          key={index}
          {...ellipseProps(shape)}
          style={{
            fill: palette.sets[index],
            fillOpacity: 0.14,
            stroke: palette.sets[index],
            strokeWidth: 2.5,
          }}
        />
      ))}
      {active &&
        active.region.members.reduceRight<ReactNode>(
          (inner, member) => <g clipPath={`url(#${prefix}-clip-${member})`}>{inner}</g>,
          <rect
            width={layout.width}
            height={layout.height}
            mask={`url(#${prefix}-outside)`}
            className="venn-active-region"
            style={{ fill: palette.accent, fillOpacity: 0.4 }}
          />,
        )}
      {layout.valueLabels.map((label, index) => {
        const phrase = phraseOrPlaceholder(values[index]?.phrase ?? '', index);
        return (
          <text
            key={index}
            style={{ fill: palette.ink, fontSize: 14, fontWeight: 700 }}
            textAnchor="middle"
          >
            <title>{phrase}</title>
            <Lines
              lines={wrapText(phrase, layout.shapes.length === 4 ? 11 : 14, 2)}
              x={label.point.x}
              y={label.point.y}
              size={14}
            />
          </text>
        );
      })}
      <rect
        x={centre.x}
        y={centre.y}
        width={centre.width}
        height={centre.height}
        rx={8}
        style={{ fill: palette.card, stroke: palette.ink, strokeWidth: 1 }}
      />
      <text
        textAnchor="middle"
        style={{
          fill: statementLines.length ? palette.ink : palette.muted,
          fontSize: 11.5,
          fontStyle: statementLines.length ? 'normal' : 'italic',
        }}
      >
        <Lines
          lines={statementLines.length ? statementLines : ['Your gratifying', 'work goes here']}
          x={centre.x + centre.width / 2}
          y={centre.y + centre.height / 2}
          size={11.5}
        />
      </text>
      {regions.map(({ region, key, number, written }) => {
        const isActive = key === activeKey;
        return (
          <g
            key={key}
            className="venn-marker"
            data-region={region.members.join('')}
            data-active={isActive || undefined}
            onClick={onPick ? () => onPick(key) : undefined}
          >
            <circle
              cx={region.point.x}
              cy={region.point.y}
              r={MARKER_RADIUS}
              style={{
                fill: isActive ? palette.accent : palette.card,
                stroke: isActive ? palette.accent : palette.ink,
                strokeWidth: 1.5,
                strokeDasharray: written || isActive ? undefined : '3 2',
              }}
            />
            <text
              x={region.point.x}
              y={region.point.y}
              textAnchor="middle"
              dominantBaseline="central"
              style={{
                fill: isActive ? palette.accentInk : palette.ink,
                fontSize: 11,
                fontWeight: 700,
              }}
            >
              {number}
            </text>
          </g>
        );
      })}
      {rows.map((row, index) => (
        <text
          key={`legend-${index}`}
          x={16}
          y={layout.height + 16 + (index + 1) * LEGEND_LINE_HEIGHT}
          style={{
            fill: palette.ink,
            fontSize: row.kind === 'heading' ? 13 : 12,
            fontWeight: row.kind === 'heading' ? 700 : 400,
          }}
        >
          {row.text}
        </text>
      ))}
    </svg>
  );
});
