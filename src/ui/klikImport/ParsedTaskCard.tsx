/** One parsed KLIK task: its fields as a description list (plain text; the description is not rendered as HTML). */
import * as React from "react";
import { mergeStyleSets } from "@fluentui/react";
import type { KlikTask } from "../../domain/model";
import type { MasterField } from "../../domain/sync";
import { fieldLabel, taskName, valueText } from "../sync/syncText";

const SHOWN: readonly MasterField[] = [
  "id", "project", "phase", "theme", "priority", "isInfrastructure", "effortDays", "endOffsetDays", "startOffsetDays",
  "waves", "kind", "integrations", "recommendedRoles", "involvedRoles", "predecessors", "declaredCritical", "goal", "methodSteps", "result", "publicationStatus"
];

const classes = mergeStyleSets({
  card: { border: "1px solid #c8c6c4", borderRadius: 2, padding: "8px 12px", margin: "8px 0" },
  heading: { fontSize: 15, fontWeight: 600, margin: "0 0 6px" },
  list: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: 12, rowGap: 2, margin: 0, fontSize: 13 },
  term: { fontWeight: 600 },
  value: { margin: 0, overflowWrap: "anywhere" }
});

export function ParsedTaskCard({ task }: { task: KlikTask }): JSX.Element {
  const headingId = `oir-klik-${task.id}`;
  return (
    <section className={classes.card} aria-labelledby={headingId}>
      <h4 id={headingId} className={classes.heading}>{taskName(task)}</h4>
      <dl className={classes.list}>
        {SHOWN.map((field) => (
          <React.Fragment key={field}>
            <dt className={classes.term}>{fieldLabel(field)}</dt>
            <dd className={classes.value}>{valueText(field, task[field])}</dd>
          </React.Fragment>
        ))}
      </dl>
    </section>
  );
}
