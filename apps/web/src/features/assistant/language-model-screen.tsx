import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { problemWithBaseUrl } from '@trailmap/contracts';
import type { AssistantCheckResponse } from '@trailmap/contracts';
import { api, ApiError } from '../../api/client.ts';
import { TextField } from '../../ui/text-field.tsx';
import {
  refreshAssistantSettings,
  rememberAssistantSettings,
  useAssistantSettings,
} from './assistant-settings-store.ts';
// The shared field look (labels, inputs, hints) lives with the steps' styles.
import '../steps/steps.css';
import './assistant.css';

type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'busy'; readonly what: string }
  | { readonly kind: 'said'; readonly message: string }
  | { readonly kind: 'checked'; readonly check: AssistantCheckResponse }
  | { readonly kind: 'error'; readonly message: string };

const messageOf = (error: unknown): string =>
  error instanceof ApiError ? error.message : 'Something went wrong; nothing was changed.';

/**
 * "Language model (optional)": where the person points Trailmap at an
 * OpenAI-compatible server of their choice, and what that means for their words.
 */
export function LanguageModelScreen() {
  const settings = useAssistantSettings();
  const configured = settings?.configured === true ? settings : null;
  const [baseUrl, setBaseUrl] = useState('');
  const [model, setModel] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [removeKey, setRemoveKey] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const [urlProblem, setUrlProblem] = useState<string | null>(null);
  const removeId = useId();

  useEffect(() => {
    document.title = 'Language model · Trailmap';
    void refreshAssistantSettings();
  }, []);
  // The form starts from what is saved, once it is known.
  useEffect(() => {
    if (configured) {
      setBaseUrl(configured.baseUrl);
      setModel(configured.model);
    }
  }, [configured?.baseUrl, configured?.model]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const problem = problemWithBaseUrl(baseUrl.trim());
    setUrlProblem(baseUrl.trim() === '' ? 'Give the base URL of the server.' : problem);
    if (problem !== null || baseUrl.trim() === '') return;
    setOutcome({ kind: 'busy', what: 'Saving…' });
    try {
      const saved = await api.saveAssistantSettings({
        baseUrl,
        model,
        ...(removeKey ? { apiKey: null } : apiKey.trim() !== '' ? { apiKey } : {}),
      });
      rememberAssistantSettings(saved);
      setApiKey('');
      setRemoveKey(false);
      setOutcome({
        kind: 'said',
        message:
          'Saved. “Draft with your model” now appears in the coach beside steps 1 and 2 and the strategy.',
      });
    } catch (error) {
      setOutcome({ kind: 'error', message: messageOf(error) });
    }
  }

  async function check() {
    setOutcome({ kind: 'busy', what: 'Asking the server for its models…' });
    try {
      setOutcome({ kind: 'checked', check: await api.checkAssistant() });
    } catch (error) {
      setOutcome({ kind: 'error', message: messageOf(error) });
    }
  }

  async function turnOff() {
    setOutcome({ kind: 'busy', what: 'Turning off…' });
    try {
      await api.deleteAssistantSettings();
      rememberAssistantSettings({ configured: false });
      setBaseUrl('');
      setModel('');
      setApiKey('');
      setOutcome({ kind: 'said', message: 'Turned off. The endpoint and its key are forgotten.' });
    } catch (error) {
      setOutcome({ kind: 'error', message: messageOf(error) });
    }
  }

  return (
    <article className="language-model">
      <h1>Language model (optional)</h1>
      <p className="lede">
        Trailmap’s coach works fully offline. If you want, it can also draft and critique with a
        language model you choose: rewrite your value proposition, phrase your values as verbs,
        stretch your vision, critique your proposition and vision, and sum up your proof for a
        review.
      </p>
      <h2>What is sent where, and when</h2>
      <ul className="language-model-facts">
        <li>
          Nothing is sent anywhere until you save a server here. With none saved — the default —
          Trailmap never contacts one.
        </li>
        <li>
          Only when you press a button to draft, critique or sum up does the Trailmap server send
          the words of that part of your plan (for example your value proposition and the problems
          you solve) to the base URL below, and stream the answer back. Nothing is sent in the
          background.
        </li>
        <li>
          A local server (Ollama, LM Studio, llama.cpp) keeps your words on your machine. A hosted
          one (OpenAI or another provider) receives them under its own terms.
        </li>
        <li>
          The API key is stored in Trailmap’s database and only ever sent to that server. This page
          never shows it again; you see only its last four characters.
        </li>
        <li>A draft never changes your plan until you press “Use this”, and undo takes it back.</li>
      </ul>

      <p className="language-model-state" role="status">
        {configured
          ? `On: ${configured.model} at ${configured.baseUrl}${
              configured.apiKeySet
                ? `, with an API key${configured.apiKeyLast4 ? ` ending in ${configured.apiKeyLast4}` : ''}`
                : ', without an API key'
            }.`
          : 'Off: no language model is configured.'}
      </p>

      <form className="language-model-form" onSubmit={(event) => void save(event)} noValidate>
        <TextField
          label="Base URL"
          value={baseUrl}
          onChange={(value) => {
            setBaseUrl(value);
            setUrlProblem(null);
          }}
          placeholder="http://localhost:11434/v1"
          hint="Where /chat/completions follows: Ollama http://localhost:11434/v1, LM Studio http://localhost:1234/v1, OpenAI https://api.openai.com/v1."
          problem={urlProblem}
          maxLength={2000}
        />
        <TextField
          label="Model"
          value={model}
          onChange={setModel}
          placeholder="llama3.2"
          hint="The model’s name as the server knows it."
          maxLength={200}
        />
        <TextField
          label="API key (optional for local servers)"
          value={apiKey}
          onChange={setApiKey}
          secret
          hint={
            configured?.apiKeySet
              ? 'A key is stored. Leave this empty to keep it (only while the server stays the same: a new server address forgets it), or type a new one to replace it.'
              : 'Leave empty for a local server that needs no key.'
          }
          maxLength={1000}
        />
        {configured?.apiKeySet && (
          <p className="language-model-remove">
            <input
              id={removeId}
              type="checkbox"
              checked={removeKey}
              onChange={(event) => setRemoveKey(event.target.checked)}
            />
            <label htmlFor={removeId}>Remove the stored key</label>
          </p>
        )}
        <div className="language-model-actions">
          <button type="submit" disabled={outcome.kind === 'busy'}>
            Save
          </button>
          {configured && (
            <>
              <button
                type="button"
                className="secondary-button"
                disabled={outcome.kind === 'busy'}
                onClick={() => void check()}
              >
                Check connection
              </button>
              <button
                type="button"
                className="secondary-button"
                disabled={outcome.kind === 'busy'}
                onClick={() => void turnOff()}
              >
                Turn off
              </button>
            </>
          )}
        </div>
      </form>
      <div className="language-model-outcome" aria-live="polite">
        {outcome.kind === 'busy' && <p>{outcome.what}</p>}
        {outcome.kind === 'said' && <p>{outcome.message}</p>}
        {outcome.kind === 'checked' && (
          <p>
            {outcome.check.modelListed
              ? `Connected: the server answers and has ${outcome.check.model}.`
              : `The server answers, but does not list ${outcome.check.model}. ${
                  outcome.check.models.length > 0
                    ? `It lists: ${outcome.check.models.slice(0, 10).join(', ')}.`
                    : 'It lists no models.'
                } Check the model name (some servers still accept it).`}
          </p>
        )}
      </div>
      {outcome.kind === 'error' && (
        <p className="field-error" role="alert">
          {outcome.message}
        </p>
      )}
    </article>
  );
}
