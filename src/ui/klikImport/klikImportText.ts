/** KLIK import words: a parse error per task and each write's outcome, in Danish (or English). */
import * as strings from "OirCommonStrings";
import { KlikParseError, type KlikParseErrorKind } from "../../domain/errors";
import { DuplicateInImportError, UnknownPredecessorError, type ImportOutcome } from "../../data/klikImport";
import { describeError } from "../common/errorMessage";
import { formatText } from "../common/format";

const PARSE_ERROR_KEYS: Record<KlikParseErrorKind, keyof typeof strings> = {
  empty: "KlikErrorEmpty",
  missingField: "KlikErrorMissingField",
  invalidValue: "KlikErrorInvalidValue",
  duplicateField: "KlikErrorDuplicateField",
  missingSection: "KlikErrorMissingSection",
  sectionOutOfOrder: "KlikErrorSectionOutOfOrder",
  multipleTasks: "KlikErrorMultipleTasks"
};

/** "Linje 14: »x« er ikke en gyldig værdi i feltet »Slutdato (fra Go-Live)«." */
export function parseErrorText(error: KlikParseError): string {
  return formatText(strings[PARSE_ERROR_KEYS[error.kind]] as string, error.line, error.field, error.value ?? "");
}

/** Why a task was not written. */
function writeErrorText(error: Error): string {
  if (error instanceof DuplicateInImportError) return formatText(strings.KlikImportDuplicate, error.taskId);
  if (error instanceof UnknownPredecessorError) return formatText(strings.KlikImportUnknownPredecessor, error.predecessorId);
  if (error instanceof KlikParseError) return parseErrorText(error);
  const { message, detail } = describeError(error);
  return detail ? `${message} ${detail}` : message;
}

/** One line of the import result. */
export function outcomeText(outcome: ImportOutcome): string {
  const name = outcome.code || String(outcome.taskId);
  if (outcome.ok) return formatText(outcome.action === "added" ? strings.KlikImportAdded : strings.KlikImportUpdated, name);
  return formatText(strings.KlikImportFailed, name, writeErrorText(outcome.error));
}
