import { RoadmapStep } from '../../steps/roadmap/roadmap-step.tsx';
import { usePlanWorkspace } from '../../workspace/plan-workspace.tsx';
import { OnetAttribution } from '../onet-notices.tsx';
import { RoleOccupationPanel } from './role-occupation-panel.tsx';
import { AiExposureFooter } from '../../ai-exposure/occupation-ai-exposure.tsx';
import '../occupations.css';

/** Step 5 with occupational data: each target role can be linked to an occupation and show its gap. */
export function OnetRoadmapStep() {
  const { draft } = usePlanWorkspace();
  const codes = draft.content.steps.roadmap.targetRoles.map((role) => role.occupationCode);
  const linked = codes.some(Boolean);
  return (
    <>
      <RoadmapStep roleOccupation={RoleOccupationPanel} />
      {linked && <AiExposureFooter codes={codes} />}
      {linked && <OnetAttribution />}
    </>
  );
}
