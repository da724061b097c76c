/**
 * Imported first by main.tsx, so it runs before React and the app shell are
 * evaluated: on a plan's address the plan and the code of the workspace and
 * of the screen are requested while the rest of the bundle still starts up.
 */
import { openPlanEarly } from './app/open-plan-early.ts';

openPlanEarly(window.location.pathname);
