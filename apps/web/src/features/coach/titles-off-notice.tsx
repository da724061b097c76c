import { OnetSetupSteps } from '../occupations/onet-notices.tsx';
import type { TitleData } from './use-coach-requests.ts';

/** Why job titles were not looked for, and how to switch the check on. */
export function TitlesOffNotice({ titleData }: { titleData: TitleData }) {
  if (titleData === 'ready') return null;
  if (titleData === 'loading') {
    return (
      <p className="coach-notice">
        Job-title checks start in a moment: the occupation titles are still loading. Every other
        check is on.
      </p>
    );
  }
  return (
    <div className="coach-notice">
      <p>
        <strong>Job-title checks are off</strong>: this server has no occupation data to recognise
        titles with. Every other check is on.
      </p>
      <p>
        To switch them on, <OnetSetupSteps />
      </p>
    </div>
  );
}
