import { describe, expect, it } from 'vitest';
import type { PathwaysResponse } from '@trailmap/contracts';
import {
  LABEL_CHARS,
  LABEL_LINES,
  describePathways,
  layoutPathways,
  wrapLabel,
  type DiagramLayout,
} from './pathway-diagram-layout.ts';

const ref = (code: string) => ({ code, title: `Role ${code}` });

/** A response whose paths run through the given codes (start and target left out). */
function pathways(...routes: string[][]): PathwaysResponse {
  const from = ref('11-0000.00');
  const to = ref('99-0000.00');
  return {
    from,
    to,
    paths: routes.map((steps) => {
      const stops = [from.code, ...steps, to.code];
      return {
        score: 0.8,
        hops: stops.slice(1).map((code, i) => ({
          from: ref(stops[i] ?? ''),
          to: { ...ref(code), jobZone: 4 },
          similarity: 0.7 + i * 0.05,
          build: [],
          carry: [],
        })),
      };
    }),
  };
}

function expectSoundLayout(layout: DiagramLayout): void {
  for (const n of layout.nodes) {
    expect(n.x).toBeGreaterThanOrEqual(0);
    expect(n.y).toBeGreaterThanOrEqual(0);
    expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
    expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
  }
  for (const [i, a] of layout.nodes.entries()) {
    for (const b of layout.nodes.slice(i + 1)) {
      const apart =
        a.x + a.width <= b.x ||
        b.x + b.width <= a.x ||
        a.y + a.height <= b.y ||
        b.y + b.height <= a.y;
      expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
    }
  }
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const route of layout.routes) {
    const xs = route.map((id) => byId.get(id)?.x ?? NaN);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1] ?? Infinity);
  }
  const labels = layout.edges.filter((e) => e.labelled).map((e) => `${e.labelX},${e.labelY}`);
  expect(new Set(labels).size).toBe(labels.length);
}

describe('pathway diagram layout', () => {
  it('puts the start on the left, the target on the right and each path in a lane', () => {
    const layout = layoutPathways(
      pathways(['21-0001.00', '21-0002.00'], ['22-0001.00'], ['23-0001.00', '23-0002.00']),
    );
    expectSoundLayout(layout);
    const start = layout.nodes.find((n) => n.kind === 'start');
    const target = layout.nodes.find((n) => n.kind === 'target');
    expect(layout.nodes.filter((n) => n.kind === 'start')).toHaveLength(1);
    expect(layout.nodes.filter((n) => n.kind === 'target')).toHaveLength(1);
    expect(start?.x).toBe(Math.min(...layout.nodes.map((n) => n.x)));
    expect(target?.x).toBe(Math.max(...layout.nodes.map((n) => n.x)));
    expect(start?.paths).toEqual([0, 1, 2]);
    expect(layout.nodes).toHaveLength(2 + 5);
    expect(layout.edges).toHaveLength(3 + 2 + 3);
    const lanes = new Set(layout.nodes.filter((n) => n.kind === 'step').map((n) => n.y));
    expect(lanes.size).toBe(3);
  });

  it('draws a role on several paths once, in order on each of them', () => {
    const layout = layoutPathways(
      pathways(
        ['21-0001.00', '30-0000.00'],
        ['30-0000.00'],
        ['22-0001.00', '22-0002.00', '30-0000.00'],
      ),
    );
    expectSoundLayout(layout);
    const shared = layout.nodes.filter((n) => n.code === '30-0000.00');
    expect(shared).toHaveLength(1);
    expect(shared[0]?.paths).toEqual([0, 1, 2]);
    // The longest route to it decides its column: after 22-0002.00.
    const before = layout.nodes.find((n) => n.code === '22-0002.00');
    expect(shared[0]?.x).toBeGreaterThan(before?.x ?? Infinity);
    // The same step on two paths is labelled once.
    expect(layout.edges.filter((e) => e.to === '99-0000.00' && e.labelled)).toHaveLength(1);
  });

  it('keeps left-to-right order when two paths visit shared roles in opposite orders', () => {
    const layout = layoutPathways(
      pathways(['21-0001.00', '22-0001.00'], ['22-0001.00', '21-0001.00']),
    );
    expectSoundLayout(layout);
    expect(layout.nodes.filter((n) => n.code === '21-0001.00')).toHaveLength(2);
  });

  it('handles a direct step and a single path', () => {
    expectSoundLayout(layoutPathways(pathways([])));
    expectSoundLayout(layoutPathways(pathways(['21-0001.00'])));
    expectSoundLayout(layoutPathways(pathways([], ['21-0001.00'])));
  });

  it('summarises each path in words, naming shared roles', () => {
    const data = pathways(['21-0001.00'], ['21-0001.00', '22-0001.00']);
    expect(describePathways(data, layoutPathways(data))).toBe(
      'Path 1: Role 11-0000.00 → Role 21-0001.00 → Role 99-0000.00. ' +
        'Path 2: Role 11-0000.00 → Role 21-0001.00 → Role 22-0001.00 → Role 99-0000.00. ' +
        'Shared by more than one path: Role 21-0001.00 (paths 1, 2).',
    );
  });
});

describe('wrapLabel', () => {
  it('wraps at words and keeps short titles whole', () => {
    expect(wrapLabel('Data Scientists')).toEqual(['Data Scientists']);
    expect(wrapLabel('Computer and Information Systems Managers')).toEqual([
      'Computer and',
      'Information',
      'Systems Managers',
    ]);
  });

  it('cuts long titles with an ellipsis and splits very long words', () => {
    const lines = wrapLabel(
      'First-Line Supervisors of Non-Retail Sales Workers and Their Many Assistants',
    );
    expect(lines).toHaveLength(LABEL_LINES);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
    for (const line of wrapLabel('Supercalifragilisticexpialidocious Officers')) {
      expect(line.length).toBeLessThanOrEqual(LABEL_CHARS);
    }
  });
});
