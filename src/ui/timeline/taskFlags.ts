/** A task's flags from the domain (schedule flags, dependency violations) in the user's words. */
import * as strings from "OirTimelineWebPartStrings";
import type { DependencyViolation } from "../../domain/dependencies";
import type { ScheduleFlag } from "../../domain/schedule";
import { formatDate, formatText } from "../common/format";

export function flagText(flag: ScheduleFlag, locale: string): string {
  switch (flag.kind) {
    case "endsAfterGoLive":
      return formatText(strings.FlagEndsAfterGoLive, flag.daysAfter);
    case "shouldHaveStarted":
      return formatText(strings.FlagShouldHaveStarted, flag.daysLate);
    case "startsOnNonWorkingDay":
      return formatText(strings.FlagStartsOnNonWorkingDay, formatDate(flag.date, locale));
    case "endsOnNonWorkingDay":
      return formatText(strings.FlagEndsOnNonWorkingDay, formatDate(flag.date, locale));
    case "localEndBeforeLocalStart":
      return strings.FlagLocalEndBeforeStart;
  }
}

export function violationText(violation: DependencyViolation, codeOf: (taskId: number) => string): string {
  return formatText(strings.FlagDependencyViolated, codeOf(violation.predecessorId));
}
