import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { AssistantDraftKind } from '@trailmap/contracts';
import { api, ApiError } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { usePlanActions } from '../workspace/plan-workspace.tsx';
import { useAssistantSettings } from './assistant-settings-store.ts';
import './assistant.css';

type DraftState =
  | { readonly status: 'idle' }
  | { readonly status: 'streaming'; readonly text: string }
  | { readonly status: 'done'; readonly text: string }
  | { readonly status: 'stopped'; readonly text: string }
  | { readonly status: 'error'; readonly text: string; readonly message: string }
  | { readonly status: 'used'; readonly message: string };

export interface DraftUse {
  /** What the draft would write, shown beside what is there now; null when the answer cannot be used. */
  readonly preview: ReactNode | null;
  /** Why a finished answer cannot be used (its form), when `preview` is null. */
  readonly unusable?: string;
  /** Writes it into the plan (its own undo step); a message when it can no longer apply. Absent for a critique, which writes nothing. */
  readonly apply?: () => string | null | Promise<string | null>;
  /** The button's words; "Use this" by default. */
  readonly actionLabel?: string;
  /** Said once applied; by default that the plan changed and undo takes it back. */
  readonly appliedMessage?: string;
}

export type ModelPurpose = 'draft' | 'critique';

const STATUS_WORDS: Readonly<Record<ModelPurpose, Readonly<Record<DraftState['status'], string>>>> =
  {
    draft: {
      idle: '',
      streaming: 'Drafting with your model…',
      done: 'Draft ready. Nothing in your plan has changed; “Use this” writes it in.',
      stopped: 'Stopped. Nothing in your plan has changed.',
      error: 'The draft did not finish.',
      used: '',
    },
    critique: {
      idle: '',
      streaming: 'Your model is reading it…',
      done: 'Critique ready. It changes nothing in your plan; the words stay yours to rewrite.',
      stopped: 'Stopped. Nothing in your plan has changed.',
      error: 'The critique did not finish.',
      used: '',
    },
  };
const WRITTEN = 'Written into your plan. “Undo last change” takes it back.';

/**
 * "Draft with your model" for one part of the plan (decision 0020): shown only
 * when a language model is configured; streams the answer in, can be
 * stopped, and writes into the plan only when the person presses "Use this".
 * Before asking, pending edits are saved, so the model reads what is on screen.
 */
export function ModelDraft({
  kind,
  title,
  current,
  use,
  onStart,
  purpose = 'draft',
}: {
  kind: AssistantDraftKind;
  /** A draft offers text to write in; a critique only comments. */
  purpose?: ModelPurpose;
  /** What is drafted, e.g. "value proposition". */
  title: string;
  /** What the plan says now, shown beside the draft; absent when the draft replaces nothing. */
  current?: ReactNode;
  /** How a finished answer is shown and used. */
  use: (text: string) => DraftUse;
  /** Called when a draft starts, e.g. to remember the words the model reads. */
  onStart?: () => void;
}) {
  const settings = useAssistantSettings();
  const { planId, saveNow } = usePlanActions();
  const [state, setState] = useState<DraftState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  const headingId = useId();
  // Leaving the screen stops a draft in flight.
  useEffect(() => () => running.current?.abort(), []);

  if (settings?.configured !== true) return null;

  async function start() {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    onStart?.();
    setState({ status: 'streaming', text: '' });
    let text = '';
    try {
      if (!(await saveNow())) {
        setState({
          status: 'error',
          text: '',
          message:
            'Your latest edits are not saved yet, so the model would read an older plan. Try again once the save status says saved.',
        });
        return;
      }
      await api.streamDraft(
        { kind, planId },
        (event) => {
          if (controller.signal.aborted) return;
          if (event.type === 'delta') {
            text += event.text;
            setState({ status: 'streaming', text });
          } else if (event.type === 'done') {
            text = event.text;
            setState({ status: 'done', text });
          } else setState({ status: 'error', text, message: event.message });
        },
        controller.signal,
      );
    } catch (error) {
      if (controller.signal.aborted) setState({ status: 'stopped', text });
      else
        setState({
          status: 'error',
          text,
          message: error instanceof ApiError ? error.message : 'The draft failed. Try again.',
        });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }

  function stop() {
    running.current?.abort();
  }

  const text = 'text' in state ? state.text : '';
  const finished = state.status === 'done' ? use(state.text) : null;
  return (
    <section className="model-draft" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {purpose === 'critique' ? 'Critique by your model' : 'Draft with your model'}
      </h3>
      <p className="coach-quiet">
        Sends this part of your plan to {settings.model} at {hostOf(settings.baseUrl)} (
        <Link href="/settings/language-model">settings</Link>).
      </p>
      <div className="model-draft-actions">
        {state.status === 'streaming' ? (
          <button type="button" className="secondary-button small-button" onClick={stop}>
            Stop
          </button>
        ) : (
          <button
            type="button"
            className="secondary-button small-button"
            onClick={() => void start()}
          >
            {purpose === 'critique'
              ? state.status === 'idle'
                ? `Ask your model to critique ${title}`
                : 'Ask again'
              : state.status === 'idle' || state.status === 'used'
                ? `Draft ${title} with your model`
                : 'Draft again'}
          </button>
        )}
      </div>
      <p className="model-draft-status" role="status">
        {state.status === 'used' ? state.message : STATUS_WORDS[purpose][state.status]}
      </p>
      {state.status === 'error' && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
      {finished?.preview ? (
        <div className="model-draft-compare">
          {current !== undefined && (
            <div>
              <h4>Now</h4>
              {current}
            </div>
          )}
          <div>
            <h4>{purpose === 'critique' ? 'Critique' : 'Draft'}</h4>
            {finished.preview}
          </div>
          {finished.apply && (
            <button
              type="button"
              className="small-button"
              onClick={() => {
                const apply = finished.apply!;
                void Promise.resolve(apply()).then((problem) =>
                  setState(
                    problem === null
                      ? { status: 'used', message: finished.appliedMessage ?? WRITTEN }
                      : { status: 'error', text, message: problem },
                  ),
                );
              }}
            >
              {finished.actionLabel ?? 'Use this'}
            </button>
          )}
        </div>
      ) : (
        text !== '' && (
          <>
            <p className="model-draft-text" data-testid="model-draft-text">
              {text}
            </p>
            {finished?.unusable && <p className="field-error">{finished.unusable}</p>}
          </>
        )
      )}
    </section>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
