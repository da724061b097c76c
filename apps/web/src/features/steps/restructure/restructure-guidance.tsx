/** The words that explain step 7, kept apart so the screen's code stays about behaviour. */
export function RestructureLede() {
  return (
    <p>
      Your next role starts inside this one. Look at the work that repeats every week and ask of
      each task: could it stop altogether (eliminate), could someone better placed do it (delegate),
      or could a tool or template do it (automate)? Keep what is truly worth your time. Then decide
      where the freed hours go, or they will quietly fill up again.
    </p>
  );
}

export function RestructureExamples() {
  return (
    <ul>
      <li>Eliminate: a weekly report nobody has opened in months — 2 hours back.</li>
      <li>Delegate: first-line supplier questions, to a colleague who wants the experience.</li>
      <li>Automate: the monthly data pull, with a scheduled query — 1.5 hours back.</li>
      <li>Keep: the one-to-ones with your team.</li>
      <li>Reinvest: 2 hours in the returns redesign, 1 hour presenting its results.</li>
    </ul>
  );
}
