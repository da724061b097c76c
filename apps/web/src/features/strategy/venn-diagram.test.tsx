// @vitest-environment happy-dom
import { act } from 'react';
import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keyOfIdSet } from '@trailmap/domain';
import type { Strategy } from '@trailmap/domain';
import { VennDiagram } from './venn-diagram.tsx';
import { EXPORT_PALETTE } from './venn-palette.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const strategy = (count: number): Strategy => ({
  gratifyingWork: 'Turning a confusing process into one a new colleague can follow on day one',
  values: ['builds trust', 'simplifies', 'teaches', 'listens first', 'ships']
    .slice(0, count)
    .map((phrase, index) => ({ id: `v${index}`, phrase })),
  overlaps: [{ valueIds: ['v1', 'v0'], line: 'promises people can check' }],
});

describe('VennDiagram', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });
  const render = (element: ReactElement) => act(() => root.render(element));
  const shapes = () => container.querySelectorAll('svg > ellipse');
  const markers = () => [...container.querySelectorAll('.venn-marker')];

  it('draws nothing with fewer than two values', () => {
    render(<VennDiagram strategy={strategy(1)} />);
    expect(container.querySelector('svg')).toBeNull();
  });

  it.each([
    [2, 1],
    [3, 4],
    [4, 11],
  ])('draws %i shapes with %i numbered regions', (count, regions) => {
    render(<VennDiagram strategy={strategy(count)} />);
    expect(shapes()).toHaveLength(count);
    expect(markers().map((marker) => marker.textContent)).toEqual(
      Array.from({ length: regions }, (_, index) => String(index + 1)),
    );
  });

  it('draws the first four of five values and names each value', () => {
    render(<VennDiagram strategy={strategy(5)} />);
    expect(shapes()).toHaveLength(4);
    const text = container.textContent ?? '';
    for (const phrase of ['builds trust', 'simplifies', 'teaches', 'listens first'])
      expect(text).toContain(phrase);
    expect(text).not.toContain('ships');
  });

  it('shades only the active region, and a marker click names its region', () => {
    const onPick = vi.fn();
    const pair = keyOfIdSet(['v0', 'v2']);
    render(<VennDiagram strategy={strategy(3)} activeKey={pair} onPick={onPick} />);
    expect(container.querySelectorAll('.venn-active-region')).toHaveLength(1);
    const active = markers().filter((marker) => marker.getAttribute('data-active') === 'true');
    expect(active.map((marker) => marker.getAttribute('data-region'))).toEqual(['02']);
    // The shading is clipped to both circles of the pair and masks out the third.
    expect(container.querySelectorAll('mask ellipse')).toHaveLength(1);
    act(() => markers()[3]?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onPick).toHaveBeenCalledWith(keyOfIdSet(['v0', 'v1', 'v2']));
  });

  it('marks regions with a line solid and the rest dashed', () => {
    render(<VennDiagram strategy={strategy(3)} />);
    const dashed = markers().map(
      (marker) => (marker.querySelector('circle') as SVGElement).style.strokeDasharray !== '',
    );
    expect(dashed).toEqual([false, true, true, true]);
  });

  it('writes the full words under the diagram when exported, with no theme variables', () => {
    render(<VennDiagram strategy={strategy(3)} palette={EXPORT_PALETTE} withLegend />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.textContent).toContain(
      'Turning a confusing process into one a new colleague can follow on day one',
    );
    expect(svg.textContent).toContain('1. builds trust + simplifies: promises people can check');
    expect(svg.outerHTML).not.toContain('var(--');
    const height = Number(svg.getAttribute('viewBox')?.split(' ')[3]);
    expect(height).toBeGreaterThan(360);
  });
});
