// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OccupationAiExposure as Figures } from '@trailmap/contracts';
import { ApiError, api } from '../../api/client.ts';
import { OccupationAiExposure } from './occupation-ai-exposure.tsx';

// Only the calls are replaced; ApiError stays the real class the components check against.
vi.mock('../../api/client.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  api: { getOccupationAiExposure: vi.fn(), occupationsAiExposure: vi.fn() },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const source = {
  study: 'gpts-are-gpts',
  name: 'GPTs are GPTs',
  authors: 'Eloundou et al.',
  year: 2024,
  url: 'https://example.org',
  measures: 'Exposure.',
  doesNotMeasure: 'Exposure is not job loss.',
  license: 'MIT',
  licenseUrl: 'https://example.org/mit',
  attribution: 'Scores from GPTs are GPTs, MIT License.',
};

const figures = {
  code: '15-1252.00',
  title: 'Software Developers',
  exposure: {
    source,
    human: { alpha: 0.05, beta: 0.45, gamma: 0.84 },
    gpt4: { alpha: 0.79, beta: 0.87, gamma: 0.95 },
  },
  applicability: null,
  tasks: {
    source,
    labels: [
      {
        taskId: 1,
        task: 'Write code',
        core: true,
        human: 'E1',
        gpt4: 'E1',
        gpt4AltRubric: 'E1',
        automation: 'T3',
        inOnetRelease: true,
      },
      {
        taskId: 2,
        task: 'Meet clients',
        core: false,
        human: 'E0',
        gpt4: 'E2',
        gpt4AltRubric: 'E0',
        automation: null,
        inOnetRelease: false,
      },
    ],
  },
  notes: ['"Working with AI" has no score for SOC 15-1252 or an aggregate that includes it.'],
} as unknown as Figures;

describe('OccupationAiExposure (the profile section)', () => {
  let container: HTMLElement;
  let root: Root;
  beforeEach(() => {
    vi.useFakeTimers();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.useRealTimers();
    vi.resetAllMocks();
  });

  it('keeps saying the studies are loading, asks again after Retry-After, then shows figures and task labels', async () => {
    vi.mocked(api.getOccupationAiExposure)
      .mockRejectedValueOnce(new ApiError(503, 'ai_exposure.loading', 'loading', undefined, 1000))
      .mockRejectedValueOnce(new ApiError(503, 'ai_exposure.loading', 'loading', undefined, 1000))
      .mockResolvedValueOnce(figures);
    await act(async () =>
      root.render(<OccupationAiExposure code="15-1252.00" title="Software Developers" />),
    );
    expect(container.textContent).toContain('The AI-exposure studies are still loading.');
    await act(async () => vi.advanceTimersByTimeAsync(1_000));
    expect(api.getOccupationAiExposure).toHaveBeenCalledTimes(2);
    expect(container.textContent).toContain('still loading');
    expect(container.textContent).not.toContain('Loading the AI-exposure figures…');
    await act(async () => vi.advanceTimersByTimeAsync(1_000));
    expect(api.getOccupationAiExposure).toHaveBeenCalledTimes(3);
    expect(container.textContent).toContain('About 45% of this occupation’s tasks');
    // The applicability is absent, and the server's reason is shown plainly.
    expect(container.textContent).toContain('"Working with AI" has no score for SOC 15-1252');
    const rows = [...container.querySelectorAll('.ai-task-table tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Write code', 'E1 Direct exposure', 'E1 Direct exposure', 'T3 0.75 of 1'],
      [
        'Meet clientssupplemental task · not in the current O*NET task list',
        'E0 No exposure',
        'E2 Exposed through software',
        'not rated',
      ],
    ]);
    // The study note is shown once, above the table, not again below it.
    expect(container.querySelectorAll('.ai-study-note')).toHaveLength(1);
  });

  it('says how to add the studies when they are not installed', async () => {
    vi.mocked(api.getOccupationAiExposure).mockRejectedValue(
      new ApiError(503, 'ai_exposure.data_missing', 'Not installed in ./data/ai-exposure.'),
    );
    await act(async () =>
      root.render(<OccupationAiExposure code="15-1252.00" title="Software Developers" />),
    );
    await act(async () => vi.advanceTimersByTimeAsync(10_000));
    expect(api.getOccupationAiExposure).toHaveBeenCalledTimes(1);
    expect(container.textContent).toContain(
      'AI-exposure studies are not installed on this server.',
    );
    expect(container.textContent).toContain('TRAILMAP_AI_EXPOSURE_DIR');
    expect(container.textContent).toContain(
      'Server’s message: Not installed in ./data/ai-exposure.',
    );
  });
});
