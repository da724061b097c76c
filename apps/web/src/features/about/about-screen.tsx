/** What Trailmap is, where its data comes from, and what it keeps private. */
export function AboutScreen() {
  return (
    <article className="about">
      <h1>About Trailmap</h1>
      <p className="lede">
        Trailmap is a workbench for planning a career on purpose: you work out a strategy first,
        turn it into a plan in seven steps, make room for it in today’s job, and keep proof of
        progress.
      </p>
      <h2>Your data stays yours</h2>
      <p>
        Plans are stored by the Trailmap server you run, in its own database. Nothing is sent
        anywhere else. Edits not yet saved are kept in this browser until the server has them.
      </p>
    </article>
  );
}
