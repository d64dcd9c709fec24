/** Words for the command set's result dialog, from the PlanerCommandSetStrings loc module. */
import * as strings from "PlanerCommandSetStrings";
import { AccessDeniedError, ConflictError, ThrottledError } from "../../data/errors";
import { formatText } from "../../ui/common/format";
import { MissingVersionError } from "./statusChanges";

/** The result dialog's first line: singular for one task, its own words when nothing was saved. */
export function resultSummary(saved: number, failed: number, selected: number): string {
  if (failed === 0) return saved === 1 ? strings.ResultOneSaved : formatText(strings.ResultAllSaved, saved);
  if (saved === 0) return strings.ResultNoneSaved;
  return formatText(strings.ResultSomeFailed, saved, selected);
}

/** Why one row's status was not saved, in the user's words. */
export function describeFailure(error: Error): string {
  if (error instanceof ConflictError) return strings.FailureConflict;
  if (error instanceof AccessDeniedError) return strings.FailureAccessDenied;
  if (error instanceof ThrottledError) return strings.FailureThrottled;
  if (error instanceof MissingVersionError) return strings.FailureMissingVersion;
  return formatText(strings.FailureOther, error.message);
}
