import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { IterationComparisonResponse } from '@trailmap/contracts';
import type { StrategyIteration } from '@trailmap/domain';
import { api, ApiError } from '../../api/client.ts';
import { navigate, useSearchParams } from '../../app/router.tsx';
import { IterationCompare } from './iteration-compare.tsx';

/**
 * The choice of two iterations to compare. The pair lives in the address
 * (?a=…&b=…), so a reload or a shared link opens the same comparison.
 */
export function ComparePicker({
  planId,
  iterations,
}: {
  planId: string;
  iterations: readonly StrategyIteration[];
}) {
  const params = useSearchParams();
  const a = params.get('a');
  const b = params.get('b');
  const last = iterations.at(-1)?.id ?? '';
  const beforeLast = iterations.at(-2)?.id ?? '';
  const [pickA, setPickA] = useState(a ?? beforeLast);
  const [pickB, setPickB] = useState(b ?? last);
  // New iterations move the default pair to the two newest, unless one is chosen in the address.
  useEffect(() => {
    if (a === null) setPickA(beforeLast);
    if (b === null) setPickB(last);
  }, [a, b, beforeLast, last]);

  const [result, setResult] = useState<{
    pair: string;
    comparison?: IterationComparisonResponse;
    problem?: string;
  } | null>(null);
  const pair = a && b ? `${a}|${b}` : null;
  useEffect(() => {
    if (!a || !b || a === b) return;
    let current = true;
    api.compareIterations(planId, a, b).then(
      (comparison) => current && setResult({ pair: `${a}|${b}`, comparison }),
      (error: unknown) =>
        current &&
        setResult({
          pair: `${a}|${b}`,
          problem: error instanceof ApiError ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
    };
  }, [planId, a, b]);

  if (iterations.length < 2)
    return (
      <p className="field-hint">
        Save {iterations.length === 0 ? 'two iterations' : 'one more iteration'} to compare them
        side by side.
      </p>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = new URLSearchParams(window.location.search);
    query.set('a', pickA);
    query.set('b', pickB);
    navigate(`${window.location.pathname}?${query.toString()}`);
  };
  const shown = result && result.pair === pair ? result : null;

  return (
    <>
      <form className="compare-picker" onSubmit={submit}>
        <IterationSelect
          id="compare-a"
          label="Compare"
          value={pickA}
          onChange={setPickA}
          iterations={iterations}
        />
        <IterationSelect
          id="compare-b"
          label="with"
          value={pickB}
          onChange={setPickB}
          iterations={iterations}
        />
        <button type="submit" className="secondary-button" disabled={pickA === pickB}>
          Compare side by side
        </button>
      </form>
      {pickA === pickB && <p className="field-hint">Choose two different iterations.</p>}
      <div className="compare-area">
        {pair && a === b && (
          <p className="field-hint">The address names the same iteration twice.</p>
        )}
        {pair && a !== b && !shown && <p className="muted">Comparing…</p>}
        {shown?.problem && (
          <p className="field-problem" role="alert">
            {shown.problem}
          </p>
        )}
        {shown?.comparison && <IterationCompare comparison={shown.comparison} />}
      </div>
    </>
  );
}

function IterationSelect({
  id,
  label,
  value,
  onChange,
  iterations,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  iterations: readonly StrategyIteration[];
}) {
  return (
    <div className="compare-choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {iterations.map((iteration) => (
          <option key={iteration.id} value={iteration.id}>
            {iteration.name}
          </option>
        ))}
      </select>
    </div>
  );
}
