/** A task's flags from the domain (schedule flags, dependency violations) in the user's words. */
import * as strings from "OirTimelineWebPartStrings";
import type { DependencyViolation } from "../../domain/dependencies";
import { isIsoDate } from "../../domain/isoDate";
import type { ScheduleFlag } from "../../domain/schedule";
import { formatDate, formatText, pluralText } from "../common/format";

/** A date from a flag as the user writes it; a value that is no date is shown as it was read. */
function dateText(value: string, locale: string): string {
  return isIsoDate(value) ? formatDate(value, locale) : value;
}

function outsideWindowText(flag: Extract<ScheduleFlag, { kind: "dateOutsideWindow" }>, locale: string): string {
  const first = formatDate(flag.window.first, locale);
  const last = formatDate(flag.window.last, locale);
  const value = dateText(flag.value, locale);
  if (flag.field === "baseline") return formatText(strings.FlagBaselineOutsideWindow, value, first, last);
  if (flag.problem === "notADate") return formatText(flag.field === "localStart" ? strings.FlagLocalStartNotADate : strings.FlagLocalEndNotADate, value);
  return formatText(flag.field === "localStart" ? strings.FlagLocalStartOutsideWindow : strings.FlagLocalEndOutsideWindow, value, first, last);
}

export function flagText(flag: ScheduleFlag, locale: string): string {
  switch (flag.kind) {
    case "endsAfterGoLive":
      return formatText(pluralText(flag.daysAfter, strings.FlagEndsAfterGoLiveOne, strings.FlagEndsAfterGoLive), flag.daysAfter);
    case "shouldHaveStarted":
      return formatText(pluralText(flag.daysLate, strings.FlagShouldHaveStartedOne, strings.FlagShouldHaveStarted), flag.daysLate);
    case "startsOnNonWorkingDay":
      return formatText(strings.FlagStartsOnNonWorkingDay, formatDate(flag.date, locale));
    case "endsOnNonWorkingDay":
      return formatText(strings.FlagEndsOnNonWorkingDay, formatDate(flag.date, locale));
    case "localEndBeforeLocalStart":
      return strings.FlagLocalEndBeforeStart;
    case "dateOutsideWindow":
      return outsideWindowText(flag, locale);
  }
}

export function violationText(violation: DependencyViolation, codeOf: (taskId: number) => string): string {
  return formatText(strings.FlagDependencyViolated, codeOf(violation.predecessorId));
}
