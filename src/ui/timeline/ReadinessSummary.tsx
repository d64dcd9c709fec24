/** PL 12's result in figures: how many tasks have a responsible, a performer, resources, are started or completed. */
import * as React from "react";
import { mergeStyleSets, getTheme } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import type { Readiness, Share } from "../../domain/readiness";
import { formatText } from "../common/format";

const theme = getTheme();
const classes = mergeStyleSets({
  list: { display: "flex", flexWrap: "wrap", gap: "8px 24px", listStyle: "none", margin: 0, padding: 0 },
  item: { minWidth: 150 },
  label: { display: "block", fontSize: 12, color: theme.semanticColors.bodySubtext },
  value: { fontWeight: 600, fontVariantNumeric: "tabular-nums" },
  track: { height: 4, background: theme.palette.neutralLighter, marginTop: 2 },
  fill: { height: 4, background: theme.palette.themePrimary }
});

function Figure({ label, share }: { label: string; share: Share }): JSX.Element {
  const percent = Math.round(share.share * 100);
  return (
    <li className={classes.item}>
      <span className={classes.label}>{label}</span>
      <span className={classes.value}>{formatText(strings.ReadinessValue, share.count, share.total, percent)}</span>
      <div className={classes.track} aria-hidden={true}>
        <div className={classes.fill} style={{ width: `${percent}%` }} />
      </div>
    </li>
  );
}

export function ReadinessSummary({ readiness }: { readiness: Readiness }): JSX.Element {
  return (
    <ul className={classes.list} aria-label={strings.ReadinessLabel}>
      <Figure label={strings.ReadinessResponsible} share={readiness.withResponsible} />
      <Figure label={strings.ReadinessPerformer} share={readiness.withPerformer} />
      <Figure label={strings.ReadinessCovered} share={readiness.coveredByBookings} />
      <Figure label={strings.ReadinessStarted} share={readiness.started} />
      <Figure label={strings.ReadinessCompleted} share={readiness.completed} />
      <Figure label={strings.ReadinessWebinars} share={readiness.webinarsWithAttendees} />
    </ul>
  );
}
