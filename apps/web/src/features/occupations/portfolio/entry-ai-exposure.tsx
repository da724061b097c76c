import type { EntryOccupationProps } from '../../steps/portfolio/portfolio-lanes.ts';
import { AiExposureCompact } from '../../ai-exposure/exposure-figure.tsx';

/** In a portfolio card linked to an O*NET occupation: its AI-exposure figures, batched with the others. */
export function EntryAiExposure({ entry, name }: EntryOccupationProps) {
  if (entry.occupationCode === null) return null;
  return <AiExposureCompact code={entry.occupationCode} name={name} />;
}
