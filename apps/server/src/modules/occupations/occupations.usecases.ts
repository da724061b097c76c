import { rankSimilarOccupations, searchTitles, type OccupationIndex } from '@trailmap/occupations';
import type {
  AboutResponse,
  OccupationProfile,
  OccupationSearchResponse,
  SimilarOccupationsResponse,
} from '@trailmap/contracts';
import { attributionOf, ONET_LICENSE_URL, ONET_RELEASE } from '@trailmap/occupations';
import {
  messageOfState,
  occupationDataUnavailable,
  occupationNotComparable,
  occupationNotFound,
} from './occupations.errors.ts';
import { presentComparison, presentProfile } from './occupations.presenters.ts';
import type { OccupationData } from './occupations.repository.ts';

/** The index when the data is ready; otherwise the 503 that says how to get it. */
export function requireIndex(data: OccupationData): OccupationIndex {
  const state = data.state();
  if (state.status !== 'ready') throw occupationDataUnavailable(state);
  return state.index;
}

/** The occupation's position in the catalog, or a 404. */
export function requireOccupation(index: OccupationIndex, code: string): number {
  const occupation = index.catalog.indexOfCode.get(code);
  if (occupation === undefined) throw occupationNotFound(code);
  return occupation;
}

/** The occupation, refusing one with nothing to compare. */
export function requireComparable(index: OccupationIndex, code: string): number {
  const occupation = requireOccupation(index, code);
  if (!index.model.comparable[occupation])
    throw occupationNotComparable(code, index.catalog.occupations[occupation]!.title);
  return occupation;
}

export function searchOccupations(
  data: OccupationData,
  query: { q: string; limit: number },
): OccupationSearchResponse {
  const index = requireIndex(data);
  return {
    results: searchTitles(index.titles, index.catalog, query.q, query.limit).map((m) => ({
      code: m.code,
      title: m.title,
      matched: m.matched,
      score: m.score,
    })),
  };
}

export function getOccupation(data: OccupationData, code: string): OccupationProfile {
  const index = requireIndex(data);
  return presentProfile(index, requireOccupation(index, code));
}

export function findSimilarOccupations(
  data: OccupationData,
  code: string,
  limit: number,
): SimilarOccupationsResponse {
  const index = requireIndex(data);
  const occupation = requireComparable(index, code);
  return {
    results: rankSimilarOccupations(index, occupation, limit).map((role) => {
      const entry = index.catalog.occupations[role.occupation]!;
      return {
        code: entry.code,
        title: entry.title,
        jobZone: entry.jobZone,
        score: Math.round(role.score * 10_000) / 10_000,
        shared: role.shared.map(presentComparison),
        gaps: role.gaps.map(presentComparison),
      };
    }),
  };
}

export function describeSources(
  data: OccupationData,
  name: string,
  version: string,
): AboutResponse {
  const state = data.state();
  const ready = state.status === 'ready' ? state : null;
  const release = ready?.report.release ?? null;
  return {
    name,
    version,
    occupationData: {
      status: state.status,
      message: messageOfState(state),
      release: release ? { version: release.version, label: release.label } : null,
      attribution: attributionOf(release?.version ?? ONET_RELEASE),
      licenseUrl: ONET_LICENSE_URL,
      occupations: ready?.report.occupations ?? null,
      ratedOccupations: ready?.report.ratedOccupations ?? null,
      rejectedRows: ready?.report.rejects.length ?? null,
      loadMs: ready?.loadMs ?? null,
    },
  };
}
