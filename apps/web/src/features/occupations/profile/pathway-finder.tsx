import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { Link } from '../../../app/router.tsx';
import { occupationPath } from '../../../app/routes.ts';
import { asPercent, describeGap, describeShared } from '../comparison-words.ts';
import { OccupationDataNotice } from '../onet-notices.tsx';
import { OccupationSearch } from '../occupation-search.tsx';
import { useResource } from '../use-resource.ts';
import { PathwayDiagram } from './pathway-diagram.tsx';

interface Ref {
  readonly code: string;
  readonly title: string;
}

/**
 * Paths of close steps from this role to a target picked by search, drawn as
 * a diagram and then listed. In the list each path is a row of stops; each
 * stop says how close it is to the one before, what you would build there,
 * and what carries over. Hovering or focusing a path highlights it in both.
 */
export function PathwayFinder({
  from,
  initialTarget = null,
}: {
  from: Ref;
  /** A target to start from (e.g. the plan's target role), still changeable by search. */
  initialTarget?: Ref | null;
}) {
  const [target, setTarget] = useState<Ref | null>(initialTarget);
  // The path highlighted in the diagram and the list, while hovered or focused.
  const [active, setActive] = useState<number | null>(null);
  const key = target && target.code !== from.code ? `${from.code}>${target.code}` : null;
  const pathways = useResource(key, () => api.pathways(from.code, target?.code ?? '', 3));
  return (
    <section aria-labelledby="pathways-title" className="pathway-finder">
      <h2 id="pathways-title">Find pathways</h2>
      <OccupationSearch
        label="Where would you like to get to?"
        hint={`Pick a target role; Trailmap finds up to three different routes from ${from.title}.`}
        onPick={(match) => setTarget({ code: match.code, title: match.title })}
      />
      {target && target.code === from.code && (
        <p className="field-hint">That is this role; pick another target.</p>
      )}
      {pathways.status === 'loading' && (
        <p role="status" className="muted">
          Finding pathways to {target?.title}…
        </p>
      )}
      {pathways.status === 'error' &&
        (pathways.error.status === 422 ? (
          <p className="field-hint">{pathways.error.message}</p>
        ) : (
          <OccupationDataNotice error={pathways.error} />
        ))}
      {pathways.status === 'ready' && (
        <>
          <p role="status">
            {pathways.data.paths.length} pathway{pathways.data.paths.length === 1 ? '' : 's'} from{' '}
            {pathways.data.from.title} to {pathways.data.to.title}.
          </p>
          {pathways.data.paths.length > 0 && (
            <PathwayDiagram data={pathways.data} active={active} onActivate={setActive} />
          )}
          <ol className="pathway-list">
            {pathways.data.paths.map((path, index) => (
              <li
                key={path.hops.map((h) => h.to.code).join('>')}
                className={`pathway${active === index ? ' is-active' : ''}`}
                onMouseEnter={() => setActive(index)}
                onMouseLeave={() => setActive(null)}
                onFocus={() => setActive(index)}
                onBlur={() => setActive(null)}
              >
                <h3>
                  Path {index + 1}: {path.hops.length} step{path.hops.length === 1 ? '' : 's'},{' '}
                  {asPercent(path.score)} average closeness
                </h3>
                <ol className="pathway-hops">
                  <li className="pathway-stop start">
                    <span className="pathway-node">{pathways.data.from.title}</span>
                    <span className="muted">today</span>
                  </li>
                  {path.hops.map((hop) => (
                    <li key={hop.to.code} className="pathway-stop">
                      <span className="pathway-arrow" aria-hidden="true">
                        →
                      </span>
                      <Link className="pathway-node" href={occupationPath(hop.to.code)}>
                        {hop.to.title}
                      </Link>
                      <span className="muted">
                        {asPercent(hop.similarity)} close to the step before
                        {hop.to.jobZone !== null ? ` · job zone ${hop.to.jobZone}` : ''}
                      </span>
                      {hop.build.length > 0 && (
                        <span className="pathway-detail">
                          <strong>Build:</strong>{' '}
                          {hop.build.slice(0, 3).map(describeGap).join('; ')}
                        </span>
                      )}
                      {hop.carry.length > 0 && (
                        <span className="pathway-detail">
                          <strong>Carries over:</strong>{' '}
                          {hop.carry.slice(0, 3).map(describeShared).join('; ')}
                        </span>
                      )}
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
