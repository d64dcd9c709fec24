/**
 * Turns the data layer's typed errors into the words a user reads (from the loc files).
 * Nothing is swallowed: an error we do not know is shown with its own message.
 */
import * as strings from "OirCommonStrings";
import {
  AccessDeniedError,
  ConflictError,
  ListNotFoundError,
  NotFoundError,
  PendingWriteError,
  SchemaError,
  SharePointError,
  ThrottledError
} from "../../data/errors";
import { formatText } from "./format";

/** What the UI shows for an error: the sentence, and SharePoint's own text when it adds something. */
export interface ErrorDescription {
  message: string;
  detail?: string;
}

function serverDetail(error: SharePointError): string | undefined {
  return error.serverMessage ? formatText(strings.ErrorServerText, error.serverMessage) : undefined;
}

/** The Danish (or English) message for any error thrown while loading or saving. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ConflictError) return { message: strings.ErrorConflict };
  if (error instanceof AccessDeniedError) return { message: strings.ErrorAccessDenied, detail: serverDetail(error) };
  if (error instanceof ThrottledError) {
    return error.status === 0
      ? { message: strings.ErrorOffline }
      : { message: formatText(strings.ErrorThrottled, error.status), detail: serverDetail(error) };
  }
  if (error instanceof ListNotFoundError) return { message: formatText(strings.ErrorListNotFound, error.listTitle) };
  if (error instanceof SchemaError) {
    const parts = [
      ...error.missingLists.map((list) => formatText(strings.ErrorMissingList, list)),
      ...error.missingFields.map((f) => formatText(strings.ErrorMissingColumn, f.displayName, f.internalName, f.listTitle))
    ];
    return { message: formatText(strings.ErrorSchemaMissing, parts.join(", ")) };
  }
  if (error instanceof NotFoundError) return { message: strings.ErrorNotFound };
  if (error instanceof PendingWriteError) return { message: strings.ErrorPendingWrite, detail: serverDetail(error) };
  if (error instanceof SharePointError) {
    return { message: formatText(strings.ErrorUnexpected, `HTTP ${error.status}`), detail: serverDetail(error) };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { message: formatText(strings.ErrorUnexpected, text) };
}
