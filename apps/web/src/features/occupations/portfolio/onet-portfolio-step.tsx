import { useMemo } from 'react';
import { api } from '../../../api/client.ts';
import { PortfolioStep } from '../../steps/portfolio/portfolio-step.tsx';
import { usePlanWorkspace, useStep } from '../../workspace/plan-workspace.tsx';
import { OccupationDataNotice, OnetAttribution } from '../onet-notices.tsx';
import { currentOccupationOf, personRequest } from '../person-request.ts';
import { useDebounced, useResource } from '../use-resource.ts';
import { PathwayFinder } from '../profile/pathway-finder.tsx';
import { CurrentOccupationCard } from './current-occupation-card.tsx';
import { laneSuggestions } from './lane-suggestions.ts';
import { RolesForYou } from './roles-for-you.tsx';
import { EntryAiExposure } from './entry-ai-exposure.tsx';
import { AiExposureFooter } from '../../ai-exposure/occupation-ai-exposure.tsx';
import '../occupations.css';

/**
 * Step 6 with occupational data: the current occupation, roles ranked for the
 * person, and suggestions in each lane (next, ideal, adjacent, cross-functional)
 * that one click adds to the board.
 */
export function OnetPortfolioStep() {
  const { draft } = usePlanWorkspace();
  const [portfolio, change] = useStep('portfolio');
  const content = draft.content;
  const current = currentOccupationOf(content);
  const person = useMemo(() => personRequest(content), [content]);
  const targetRoles = content.steps.roadmap.targetRoles;
  const body = current ? JSON.stringify({ ...person, targetRoles, perLane: 3 }) : null;
  const key = useDebounced(body, 400);
  const response = useResource(key, () => api.portfolioSuggestions(JSON.parse(key ?? '{}')));
  const skills = content.steps.skills.skills;
  // The first target role linked to an occupation is where the pathways lead by default.
  const linkedRole = targetRoles.find((role) => role.occupationCode !== null);
  const linkedTarget =
    linkedRole?.occupationCode && linkedRole.occupationCode !== current?.code
      ? { code: linkedRole.occupationCode, title: linkedRole.title || linkedRole.occupationCode }
      : null;
  // Every figure on this screen (current role, each linked card) comes in one batch request.
  const aiCodes = [current?.code, ...portfolio.entries.map((entry) => entry.occupationCode)];
  const suggestions = useMemo(
    () =>
      response.status === 'ready'
        ? laneSuggestions(response.data, skills, portfolio.entries)
        : undefined,
    [response, skills, portfolio.entries],
  );

  const intro = (
    <>
      <CurrentOccupationCard
        current={current}
        onChange={(next) => change((p) => ({ ...p, currentOccupation: next }))}
      />
      {!current && (
        <p className="muted">
          Pick your current occupation to see suggested roles in each lane, with the overlap, the
          gap and what each would build.
        </p>
      )}
      {response.status === 'error' && <OccupationDataNotice error={response.error} />}
      {current && response.status === 'loading' && (
        <p role="status" className="muted">
          Finding suggestions for each lane…
        </p>
      )}
      <RolesForYou person={person} skills={skills} />
      {current && (
        <PathwayFinder
          key={`${current.code}>${linkedTarget?.code ?? ''}`}
          from={current}
          initialTarget={linkedTarget}
        />
      )}
    </>
  );
  return (
    <>
      <PortfolioStep suggestions={suggestions} intro={intro} entryOccupation={EntryAiExposure} />
      {aiCodes.some(Boolean) && <AiExposureFooter codes={aiCodes} />}
      {current && <OnetAttribution />}
    </>
  );
}
