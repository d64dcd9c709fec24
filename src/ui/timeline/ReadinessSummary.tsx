/**
 * PL 12's result in figures: how many tasks have a responsible, a performer, resources (in
 * full, and how many partly), are started or completed; and how many are behind today or booked
 * beyond their effort (Opfølgning), which opens the list.
 */
import * as React from "react";
import { FontIcon, useTheme } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import type { Readiness, Share } from "../../domain/readiness";
import { formatText } from "../common/format";
import { getReadinessSummaryClassNames } from "./ReadinessSummary.styles";

/** The follow-up figure: counts from domain/followUp.ts, and the button that shows the list. */
export interface FollowUpFigure {
  overdue: number;
  lateStart: number;
  overBooked: number;
  expanded: boolean;
  /** The id of the list the button shows and hides. */
  controls: string;
  onToggle: () => void;
}

function FollowUpToggle({ figure }: { figure: FollowUpFigure }): JSX.Element {
  const classes = getReadinessSummaryClassNames(useTheme());
  const behind = figure.overdue + figure.lateStart + figure.overBooked > 0;
  return (
    <li className={classes.item}>
      <span className={classes.label}>{strings.FollowUpLabel}</span>
      <button type="button" className={classes.toggle} aria-expanded={figure.expanded} aria-controls={figure.controls} onClick={figure.onToggle}>
        <FontIcon iconName={figure.expanded ? "ChevronDown" : "ChevronRight"} aria-hidden={true} />
        {behind && <FontIcon iconName="Warning" aria-hidden={true} />}
        {formatText(strings.FollowUpSummary, figure.overdue, figure.lateStart, figure.overBooked)}
      </button>
    </li>
  );
}

function Figure({ label, share, note }: { label: string; share: Share; note?: string }): JSX.Element {
  const classes = getReadinessSummaryClassNames(useTheme());
  const percent = Math.round(share.share * 100);
  return (
    <li className={classes.item}>
      <span className={classes.label}>{label}</span>
      <span className={classes.value}>{formatText(strings.ReadinessValue, share.count, share.total, percent)}</span>
      {note && <span className={classes.note}> · {note}</span>}
      <div className={classes.track} aria-hidden={true}>
        <div className={classes.fill} style={{ width: `${percent}%` }} />
      </div>
    </li>
  );
}

export function ReadinessSummary({ readiness, followUp }: { readiness: Readiness; followUp?: FollowUpFigure }): JSX.Element {
  const classes = getReadinessSummaryClassNames(useTheme());
  return (
    <ul className={classes.list} aria-label={strings.ReadinessLabel}>
      <Figure label={strings.ReadinessResponsible} share={readiness.withResponsible} />
      <Figure label={strings.ReadinessPerformer} share={readiness.withPerformer} />
      <Figure
        label={strings.ReadinessCovered}
        share={readiness.coveredByBookings}
        note={readiness.partlyCoveredByBookings.count > 0 ? formatText(strings.ReadinessPartly, readiness.partlyCoveredByBookings.count) : undefined}
      />
      <Figure label={strings.ReadinessStarted} share={readiness.started} />
      <Figure label={strings.ReadinessCompleted} share={readiness.completed} />
      <Figure label={strings.ReadinessWebinars} share={readiness.webinarsWithAttendees} />
      {followUp && <FollowUpToggle figure={followUp} />}
    </ul>
  );
}
