import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Strategy } from '@trailmap/domain';
import { VennDiagram } from './venn-diagram.tsx';
import { EXPORT_PALETTE } from './venn-palette.ts';

/**
 * The diagram as a file. The same component as on screen is rendered off the
 * page with the written-out palette and the legend, then serialised: one
 * drawing, so the file can never disagree with what the person saw. A PNG is
 * that SVG drawn onto a canvas at twice its size for sharp print.
 */

/** A self-contained SVG document (inline styles, generic fonts, no external references). */
export function renderVennSvg(strategy: Strategy): string {
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    flushSync(() =>
      root.render(
        createElement(VennDiagram, { strategy, palette: EXPORT_PALETTE, withLegend: true }),
      ),
    );
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('The diagram needs at least two values before it can be exported.');
    svg.removeAttribute('class');
    const [, , width = '400', height = '360'] = (svg.getAttribute('viewBox') ?? '').split(' ');
    // Without a size, some viewers open the file at 100 × 150 px.
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
  } finally {
    root.unmount();
  }
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click has been handled.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadVennSvg(strategy: Strategy, fileName: string): void {
  download(new Blob([renderVennSvg(strategy)], { type: 'image/svg+xml' }), fileName);
}

export async function downloadVennPng(strategy: Strategy, fileName: string): Promise<void> {
  const svg = renderVennSvg(strategy);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * scale;
    canvas.height = image.naturalHeight * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw a picture to save.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('This browser could not make a PNG of the diagram.');
    download(png, fileName);
  } finally {
    URL.revokeObjectURL(url);
  }
}
