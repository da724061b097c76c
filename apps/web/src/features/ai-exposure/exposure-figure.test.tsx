// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OccupationAiExposure } from '@trailmap/contracts';
import { ApiError } from '../../api/client.ts';
import { AiExposureDataNotice } from './ai-exposure-notices.tsx';
import { ExposureBatcher } from './exposure-batcher.ts';
import { AiExposureCompact, AiExposureFigure } from './exposure-figure.tsx';
import { AiExposureFooter } from './occupation-ai-exposure.tsx';
import { ExposureBatcherContext } from './use-ai-exposure.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const source = (study: 'gpts-are-gpts' | 'working-with-ai') => ({
  study,
  name: `${study} study`,
  authors: 'Authors',
  year: 2024,
  url: 'https://example.org/study',
  measures: `What ${study} measures.`,
  doesNotMeasure: 'Exposure is not job loss.',
  license: study === 'gpts-are-gpts' ? 'MIT' : 'CC BY 4.0',
  licenseUrl: 'https://example.org/licence',
  attribution: `Attribution of ${study}.`,
});

const rated = (code: string, inherited = false): OccupationAiExposure =>
  ({
    code,
    title: `Occupation ${code}`,
    exposure: {
      source: source('gpts-are-gpts'),
      human: { alpha: 0.1, beta: 0.45, gamma: 0.8 },
      gpt4: { alpha: 0.2, beta: 0.52, gamma: 0.84 },
    },
    applicability: {
      source: source('working-with-ai'),
      score: 0.2839,
      socCode: '15-2051',
      socTitle: 'Data Scientists',
      match: inherited ? 'broader_soc' : 'same',
      inherited,
      note: inherited ? 'Inherited: part of SOC 15-2051 (Data Scientists).' : 'Its own figure.',
      coverageAi: 0.5,
      completionAi: null,
      impactScopeAi: 0.4,
    },
    notes: [],
  }) as unknown as OccupationAiExposure;

describe('AI-exposure components', () => {
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
  });

  it('makes one batch request for every card and the footer of a screen', async () => {
    const fetchBatch = vi.fn(async (codes: string[]) => ({
      occupations: codes.map((c) => rated(c)),
    }));
    const batcher = new ExposureBatcher({ fetchBatch });
    const codes = ['15-1252.00', '29-1141.00', '43-4051.00', '15-1252.00'];
    await act(async () =>
      root.render(
        <ExposureBatcherContext value={batcher}>
          {codes.map((code, i) => (
            <AiExposureCompact key={i} code={code} name={`Card ${i}`} />
          ))}
          <AiExposureFooter codes={codes} />
        </ExposureBatcherContext>,
      ),
    );
    expect(container.textContent).toContain('Loading the AI-exposure figures…');
    await act(async () => vi.advanceTimersByTimeAsync(50));
    expect(fetchBatch).toHaveBeenCalledTimes(1);
    expect(fetchBatch.mock.calls[0]![0]).toEqual(['15-1252.00', '29-1141.00', '43-4051.00']);
    const groups = container.querySelectorAll('[role="group"]');
    expect(groups).toHaveLength(4);
    expect(groups[0]!.getAttribute('aria-label')).toBe('AI exposure of Card 0');
    expect(groups[0]!.textContent).toContain('human 45% · GPT-4 52% of tasks (β)');
    expect(groups[0]!.textContent).toContain('0.28 of 1');
    // Each study's attribution once at the foot, with its licence link.
    const attributions = [...container.querySelectorAll('.ai-attributions .ai-attribution')];
    expect(attributions.map((p) => p.textContent)).toEqual([
      'Attribution of gpts-are-gpts. Licence (MIT)',
      'Attribution of working-with-ai. Licence (CC BY 4.0)',
    ]);
  });

  it('says once, at the foot, how to add the studies when they are missing', async () => {
    const fetchBatch = vi.fn(async () => {
      throw new ApiError(503, 'ai_exposure.data_missing', 'Not installed in ./data/ai-exposure.');
    });
    const batcher = new ExposureBatcher({ fetchBatch });
    await act(async () =>
      root.render(
        <ExposureBatcherContext value={batcher}>
          <AiExposureCompact code="15-1252.00" name="Developer" />
          <AiExposureCompact code="29-1141.00" name="Nurse" />
          <AiExposureFooter codes={['15-1252.00', '29-1141.00']} />
        </ExposureBatcherContext>,
      ),
    );
    await act(async () => vi.advanceTimersByTimeAsync(50));
    expect(container.querySelectorAll('.ai-notice')).toHaveLength(1);
    expect(container.textContent).toContain('TRAILMAP_AI_EXPOSURE_DIR');
    expect(container.textContent).toContain('Everything else in Trailmap works without them.');
    expect(
      [...container.querySelectorAll('[role="group"]')].map((g) => g.textContent?.trim()),
    ).toEqual([
      'AI-exposure studies are not installed on this server.',
      'AI-exposure studies are not installed on this server.',
    ]);
  });

  it('shows both raters side by side, the scale, the inherited note and each study’s note', async () => {
    await act(async () => root.render(<AiExposureFigure data={rated('15-2051.01', true)} />));
    const rows = [...container.querySelectorAll('.ai-share-table tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['10%', '20%'],
      ['45%', '52%'],
      ['80%', '84%'],
    ]);
    expect(container.textContent).toContain('Exposure is not job loss');
    expect(container.querySelector('.ai-inherited')?.textContent).toBe(
      'Inherited from a broader code. Inherited: part of SOC 15-2051 (Data Scientists).',
    );
    expect(container.textContent).toContain('above the study’s average of 0.17');
    // Completion is null in this figure, so it is left out rather than shown as 0.
    expect([...container.querySelectorAll('.ai-metrics dt')].map((d) => d.textContent)).toEqual([
      'Coverage',
      'Scope',
    ]);
    const notes = [...container.querySelectorAll('.ai-study-note summary')].map(
      (s) => s.textContent,
    );
    expect(notes).toEqual([
      'What “GPTs are GPTs” (Eloundou et al., 2024) measures, and what it does not',
      'What “Working with AI” (Tomlinson et al., 2025) measures, and what it does not',
    ]);
    expect(container.textContent).toContain('Attribution of working-with-ai.');
  });

  it('says on a card which study does not rate its occupation, and why, one click away', async () => {
    const data = {
      ...rated('11-9199.00'),
      exposure: null,
      notes: [
        '"GPTs are GPTs" rates the 923 O*NET occupations that had tasks in 2023; this one is not among them.',
      ],
    } as OccupationAiExposure;
    const batcher = new ExposureBatcher({ fetchBatch: async () => ({ occupations: [data] }) });
    await act(async () =>
      root.render(
        <ExposureBatcherContext value={batcher}>
          <AiExposureCompact code="11-9199.00" name="Managers, all other" />
        </ExposureBatcherContext>,
      ),
    );
    await act(async () => vi.advanceTimersByTimeAsync(50));
    const facts = [...container.querySelectorAll('.ai-compact-facts dd')].map((d) => d.textContent);
    expect(facts).toEqual([
      'not rated for this occupation (see what the figures mean)',
      '0.28 of 1',
    ]);
    expect(container.querySelector('.ai-compact-more .ai-notes')?.textContent).toContain(
      'this one is not among them',
    );
  });

  it('says plainly when neither study rates the occupation', async () => {
    const data = {
      ...rated('29-9006.00'),
      title: 'Rare Occupation',
      exposure: null,
      applicability: null,
      notes: [
        '"GPTs are GPTs" rates the 923 O*NET occupations that had tasks in 2023; this one is not among them.',
      ],
    } as OccupationAiExposure;
    await act(async () => root.render(<AiExposureFigure data={data} />));
    expect(container.textContent).toContain('Neither study rates Rare Occupation.');
    expect(container.textContent).toContain('this one is not among them');
    expect(container.querySelector('.ai-share-table')).toBeNull();
  });

  it('tells loading and an unreachable server apart, with a way to try again', async () => {
    const onRetry = vi.fn();
    await act(async () =>
      root.render(
        <AiExposureDataNotice
          error={new ApiError(503, 'ai_exposure.loading', 'loading', undefined, 2000)}
        />,
      ),
    );
    expect(container.textContent).toContain('still loading');
    expect(container.querySelector('button')).toBeNull();
    await act(async () =>
      root.render(
        <AiExposureDataNotice
          error={new ApiError(0, 'network.unreachable', 'down')}
          onRetry={onRetry}
        />,
      ),
    );
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('cannot be reached');
    await act(async () => container.querySelector('button')!.click());
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
