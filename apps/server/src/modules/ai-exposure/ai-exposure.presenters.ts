import type { Study } from '@trailmap/ai-exposure';
import type { z } from 'zod';
import type { studySourceSchema } from '@trailmap/contracts';

export type StudySourceDto = z.output<typeof studySourceSchema>;

/** The caveats and attribution that travel with every figure of a study. */
export function presentSource(study: Study): StudySourceDto {
  return {
    study: study.id,
    name: study.name,
    authors: study.authors,
    year: study.year,
    url: study.url,
    measures: study.measures,
    doesNotMeasure: study.doesNotMeasure,
    license: study.license,
    licenseUrl: study.licenseUrl,
    attribution: study.attribution,
  };
}

/** Shares rounded to what a reader can tell apart (4 decimals). */
export const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
