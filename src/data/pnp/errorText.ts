/**
 * Reading SharePoint's error text out of a response body or a PnPjs HttpRequestError, and
 * turning a failed request into the data layer's typed errors.
 */
import {
  AccessDeniedError,
  ListNotFoundError,
  NotFoundError,
  SchemaError,
  SharePointError,
  SharePointErrorInit,
  ThrottledError
} from "../errors";

export interface SharePointErrorText {
  code?: string;
  message?: string;
}

interface ODataErrorBody {
  code?: string;
  message?: string | { value?: string };
}

/** `{"odata.error":{code,message:{value}}}` (JSON light) or `{"error":…}` (verbose); otherwise the raw text. */
export function parseSharePointErrorText(body: string): SharePointErrorText {
  const text = body.trim();
  if (text === "") return {};
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const err = (json["odata.error"] ?? json.error) as ODataErrorBody | undefined;
    if (err && typeof err === "object") {
      const message = typeof err.message === "string" ? err.message : err.message?.value;
      return { code: err.code, message };
    }
  } catch {
    // not JSON: keep the text as it is
  }
  return { message: text.length > 500 ? `${text.slice(0, 500)}…` : text };
}

/** What PnPjs' HttpRequestError exposes (structurally; its class is not exported as a type we rely on). */
interface HttpRequestErrorLike {
  isHttpRequestError: true;
  status: number;
  message: string;
  response?: Response;
}

export function isHttpRequestError(e: unknown): e is HttpRequestErrorLike {
  return typeof e === "object" && e !== null && (e as { isHttpRequestError?: unknown }).isHttpRequestError === true;
}

/** PnPjs puts the body after "::> " in the message. */
export function errorTextOf(e: HttpRequestErrorLike): SharePointErrorText {
  const i = e.message.indexOf("::> ");
  return parseSharePointErrorText(i >= 0 ? e.message.slice(i + 4) : "");
}

/** Where the failing request was aimed, so the error can name it. */
export interface ErrorContext {
  listTitle?: string;
  /** What is being read or written, e.g. "Item 7 of Planer". */
  what?: string;
  /** Display names by internal name, to name a rejected column the way users know it. */
  displayNames?: ReadonlyMap<string, string>;
}

const FIELD_IN_MESSAGE = /(?:field or property|[Pp]roperty|[Cc]olumn|Feltet|Kolonnen)\s+'([^']+)'/;

/**
 * Any failure of a SharePoint request → a typed error. Typed errors pass through unchanged;
 * anything that is not an HTTP error (a bug, a lost connection) is rethrown as it is.
 */
export function toDataError(e: unknown, context: ErrorContext = {}): unknown {
  if (e instanceof SharePointError) return e;
  if (!isHttpRequestError(e)) return e;
  const { code, message } = errorTextOf(e);
  const init: SharePointErrorInit = { status: e.status, serverCode: code, serverMessage: message, cause: e };
  switch (e.status) {
    case 401:
    case 403:
      return new AccessDeniedError(init);
    case 404:
      if (context.listTitle && (!message || /list/i.test(message))) return new ListNotFoundError(context.listTitle, init);
      return new NotFoundError(context.what ?? "The item", init);
    case 429:
    case 503:
    case 504:
      return new ThrottledError({ ...init, attempts: 1 });
    case 400: {
      const field = message ? FIELD_IN_MESSAGE.exec(message)?.[1] : undefined;
      if (field && context.listTitle) {
        const internalName = field.split("/")[0];
        return new SchemaError(
          [],
          [{ listTitle: context.listTitle, internalName, displayName: context.displayNames?.get(internalName) ?? internalName }],
          init
        );
      }
      return new SharePointError(`SharePoint rejected the request`, init);
    }
    default:
      return new SharePointError(`SharePoint request failed (HTTP ${e.status})`, init);
  }
}
