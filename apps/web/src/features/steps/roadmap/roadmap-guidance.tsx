/** The words that explain step 5, kept apart so the screen's code stays about behaviour. */
export function RoadmapLede() {
  return (
    <>
      <p>
        Work backwards from your vision. First name one or two roles, three to five years out, that
        would let you work on the problems you chose, and the capabilities you would need to be
        credible in them. Then plan what you can do in your current role in the next year or two to
        build those capabilities.
      </p>
      <p>
        Every action should build a capability target; every target belongs to a role; every role
        should serve a problem of your vision. The screen flags what hangs loose.
      </p>
    </>
  );
}

export function RoadmapExamples() {
  return (
    <ul>
      <li>
        Target role: “Head of operational excellence” — solves processes that nobody owns end to
        end; success is three redesigned processes whose gains still hold a year later.
      </li>
      <li>Capability target: “Win and keep an executive sponsor”.</li>
      <li>
        Project: “Lead the returns redesign with the warehouse and customer service”, due in the
        autumn, building “Run a redesign that spans two departments”.
      </li>
      <li>Relationship: “Monthly coffee with the finance director”.</li>
      <li>Habit: “Write a one-page note after every improvement, with the numbers”.</li>
    </ul>
  );
}
