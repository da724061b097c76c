import {
  attributionOf,
  buildPersonModel,
  findPathways,
  mapCriticalSkills,
  measureSkillGap,
  ONET_LICENSE_URL,
  ONET_RELEASE,
  rankSimilarOccupations,
  recommendRoles,
  searchElements,
  searchTitles,
  type ElementTaxonomy,
  suggestPortfolio,
  type OccupationIndex,
  type PersonModel,
  type PortfolioSuggestion,
} from '@trailmap/occupations';
import { percentOf, toUnitScore } from '@trailmap/domain';
import type { CriticalSkill, SkillAudit, TargetRole } from '@trailmap/domain';
import type {
  AboutResponse,
  ElementSearchResponse,
  GapResponse,
  OccupationProfile,
  OccupationSearchResponse,
  PathwaysResponse,
  PortfolioResponse,
  RecommendationsResponse,
  SimilarOccupationsResponse,
} from '@trailmap/contracts';
import {
  currentOccupationRequired,
  messageOfState,
  noPathway,
  occupationDataUnavailable,
  occupationNotComparable,
  occupationNotFound,
  sameOccupation,
} from './occupations.errors.ts';
import {
  occupationRef,
  presentComparison,
  presentGapItem,
  presentMappings,
  presentProfile,
  presentRole,
} from './occupations.presenters.ts';
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

export function searchTaxonomy(
  data: OccupationData,
  query: { q: string; limit: number; taxonomy?: readonly ElementTaxonomy[] | undefined },
): ElementSearchResponse {
  const index = requireIndex(data);
  return {
    results: searchElements(index.catalog, query.q, query.limit, query.taxonomy).map(
      ({ taxonomy, elementId, name, description, hot, score }) => ({
        taxonomy,
        elementId,
        name,
        description,
        hot,
        score,
      }),
    ),
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
): Omit<AboutResponse, 'aiExposureData'> {
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

type PersonRequest = {
  readonly currentOccupationCode: string | null;
  readonly skills: readonly CriticalSkill[];
  readonly audit: SkillAudit;
};

function personOf(index: OccupationIndex, body: PersonRequest): PersonModel {
  const current =
    body.currentOccupationCode === null
      ? null
      : requireComparable(index, body.currentOccupationCode);
  return buildPersonModel(
    index,
    current,
    mapCriticalSkills(index.catalog, body.skills, body.audit),
  );
}

export function recommendOccupations(
  data: OccupationData,
  body: PersonRequest & { readonly limit?: number | undefined },
): RecommendationsResponse {
  const index = requireIndex(data);
  const person = personOf(index, body);
  return {
    results: recommendRoles(index, person, body.limit ?? 10).map((r) => ({
      ...presentRole(index, r.occupation),
      score: toUnitScore(r.score),
      similarity: toUnitScore(r.similarity),
      criticalSkillFit: toUnitScore(r.criticalSkillFit),
      overlapPercent: percentOf(r.readiness),
      buildsSkillIds: [...r.buildsSkillIds],
    })),
    ...presentMappings(person),
  };
}

export function measureGapTo(
  data: OccupationData,
  code: string,
  body: PersonRequest & { readonly limit?: number | undefined },
): GapResponse {
  const index = requireIndex(data);
  const target = requireComparable(index, code);
  const person = personOf(index, body);
  const gap = measureSkillGap(index, person, target, body.limit ?? 15);
  const entry = index.catalog.occupations[target]!;
  return {
    code: entry.code,
    title: entry.title,
    overlapPercent: percentOf(gap.readiness),
    items: gap.items.map(presentGapItem),
    ...presentMappings(person),
  };
}

export function suggestRolePortfolio(
  data: OccupationData,
  body: PersonRequest & {
    readonly targetRoles: readonly TargetRole[];
    readonly perLane?: number | undefined;
  },
): PortfolioResponse {
  const index = requireIndex(data);
  if (body.currentOccupationCode === null) throw currentOccupationRequired();
  for (const role of body.targetRoles) {
    if (role.occupationCode !== null) requireOccupation(index, role.occupationCode);
  }
  const person = personOf(index, body) as PersonModel & { current: number };
  const portfolio = suggestPortfolio(index, person, body.targetRoles, body.perLane ?? 3);
  const present = (list: readonly PortfolioSuggestion[]) =>
    list.map((s) => ({
      lane: s.lane,
      ...presentRole(index, s.occupation),
      reason: s.reason,
      similarity: toUnitScore(s.similarity),
      overlapPercent: percentOf(s.readiness),
      criticalSkillOverlapPercent: percentOf(s.criticalSkillFit),
      gap: s.gap.map(presentGapItem),
      buildsSkillIds: [...s.buildsSkillIds],
      capabilityTargets: s.capabilityTargets.map((c) => ({ ...c })),
    }));
  return {
    next: present(portfolio.next),
    ideal: present(portfolio.ideal),
    adjacent: present(portfolio.adjacent),
    crossFunctional: present(portfolio.cross_functional),
    ...presentMappings(person),
  };
}

export function findOccupationPathways(
  data: OccupationData,
  fromCode: string,
  query: { readonly to: string; readonly k: number },
): PathwaysResponse {
  const index = requireIndex(data);
  const from = requireComparable(index, fromCode);
  const to = requireComparable(index, query.to);
  if (from === to) throw sameOccupation(fromCode);
  const paths = findPathways(index, from, to, query.k);
  if (paths.length === 0) throw noPathway(fromCode, query.to);
  return {
    from: occupationRef(index, from),
    to: occupationRef(index, to),
    paths: paths.map((path) => ({
      score: toUnitScore(path.score),
      hops: path.hops.map((hop) => ({
        from: occupationRef(index, hop.from),
        to: {
          ...occupationRef(index, hop.to),
          jobZone: index.catalog.occupations[hop.to]!.jobZone,
        },
        similarity: toUnitScore(hop.similarity),
        build: hop.build.map(presentComparison),
        carry: hop.carry.map(presentComparison),
      })),
    })),
  };
}
