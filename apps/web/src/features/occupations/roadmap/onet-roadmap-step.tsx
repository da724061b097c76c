import { RoadmapStep } from '../../steps/roadmap/roadmap-step.tsx';
import { usePlanWorkspace } from '../../workspace/plan-workspace.tsx';
import { OnetAttribution } from '../onet-notices.tsx';
import { RoleOccupationPanel } from './role-occupation-panel.tsx';
import '../occupations.css';

/** Step 5 with occupational data: each target role can be linked to an occupation and show its gap. */
export function OnetRoadmapStep() {
  const { draft } = usePlanWorkspace();
  const linked = draft.content.steps.roadmap.targetRoles.some((role) => role.occupationCode);
  return (
    <>
      <RoadmapStep roleOccupation={RoleOccupationPanel} />
      {linked && <OnetAttribution />}
    </>
  );
}
