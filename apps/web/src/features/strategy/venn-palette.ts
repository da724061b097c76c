/**
 * Colours of the diagram. On screen they are the theme's CSS variables, so
 * the diagram follows light and dark like the rest of the app; an exported
 * file cannot see those variables, so it carries the light theme's colours
 * written out (a file is usually printed or pasted on a light page).
 */
export interface VennPalette {
  readonly background: string;
  readonly card: string;
  readonly ink: string;
  readonly muted: string;
  readonly border: string;
  readonly accent: string;
  readonly accentInk: string;
  /** One colour per value's shape, in order. */
  readonly sets: readonly [string, string, string, string];
}

export const SCREEN_PALETTE: VennPalette = {
  background: 'var(--surface)',
  card: 'var(--surface-raised)',
  ink: 'var(--ink)',
  muted: 'var(--ink-muted)',
  border: 'var(--border)',
  accent: 'var(--accent)',
  accentInk: 'var(--accent-ink)',
  sets: ['var(--venn-1)', 'var(--venn-2)', 'var(--venn-3)', 'var(--venn-4)'],
};

/** The light theme's values from theme.css and strategy.css. */
export const EXPORT_PALETTE: VennPalette = {
  background: '#fbf8f3',
  card: '#ffffff',
  ink: '#1d2522',
  muted: '#4d5a55',
  border: '#d8d1c4',
  accent: '#1f5f4a',
  accentInk: '#ffffff',
  sets: ['#2b6cb0', '#b05a1a', '#2f7d4f', '#7b4fa8'],
};

/** Generic families only: an exported file must look right without any web font. */
export const VENN_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
