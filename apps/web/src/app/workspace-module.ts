import type { ComponentProps } from 'react';
import type { WorkspaceScreen } from '../features/workspace/workspace-screen.tsx';
import { lazyModule } from './lazy-module.ts';

/**
 * The open-plan workspace: its own chunk, fetched at page load when the
 * address is a plan's (open-plan-early.ts) and rendered by the app shell.
 */
export const WORKSPACE = lazyModule<ComponentProps<typeof WorkspaceScreen>>(() =>
  import('../features/workspace/workspace-screen.tsx').then((m) => ({
    default: m.WorkspaceScreen,
  })),
);
