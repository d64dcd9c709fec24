/**
 * Typed errors of the data layer. Data code never swallows an error: it throws one of these,
 * carrying the HTTP status and SharePoint's own error text, and the UI decides what to show.
 */

/** What every data-layer error carries: the HTTP status (0 when there was no response) and SharePoint's text. */
export interface SharePointErrorInit {
  status: number;
  /** SharePoint's error message (odata.error.message.value), or the raw body when it is not JSON. */
  serverMessage?: string;
  /** SharePoint's error code, e.g. "-2130575305, Microsoft.SharePoint.SPException". */
  serverCode?: string;
  /** The request that failed, e.g. "MERGE https://…/items(7)". */
  request?: string;
  cause?: unknown;
}

/**
 * Where an error records which of these classes it is: each SPFx web part is a bundle of its own
 * with its own copy of this module, and the web parts of a page share one set of repositories
 * (src/session/pagePlans.ts), so an error made by one bundle's classes must still be an
 * `instanceof` of the other bundle's. The kinds are plain strings (class names are minified).
 */
const ERROR_KINDS = Symbol.for("oir-planner.sharePointErrorKinds");

/** The kinds of a class and its bases, e.g. ["ConflictError", "SharePointError"]. */
function kindsOf(target: { kind?: string }): string[] {
  const kinds: string[] = [];
  let c: unknown = target;
  while (typeof c === "function") {
    const kind: unknown = (c as { kind?: unknown }).kind;
    if (typeof kind !== "string") break;
    if (kinds[kinds.length - 1] !== kind) kinds.push(kind);
    c = Object.getPrototypeOf(c);
  }
  return kinds;
}

/** Base class: any failed SharePoint request. */
export class SharePointError extends Error {
  /** This class's kind for `instanceof` across bundles (each subclass names its own). */
  public static readonly kind: string = "SharePointError";
  public readonly status: number;
  public readonly serverMessage: string;
  public readonly serverCode: string;
  public readonly request: string;
  public readonly cause?: unknown;

  public constructor(message: string, init: SharePointErrorInit) {
    super(init.serverMessage ? `${message}: ${init.serverMessage}` : message);
    this.name = new.target.name;
    this.status = init.status;
    this.serverMessage = init.serverMessage ?? "";
    this.serverCode = init.serverCode ?? "";
    this.request = init.request ?? "";
    this.cause = init.cause;
    // Keep instanceof working when compiled to ES5 (SPFx bundles).
    Object.setPrototypeOf(this, new.target.prototype);
    Object.defineProperty(this, ERROR_KINDS, { value: kindsOf(new.target), enumerable: false });
  }

  /** The class itself, or the same class from another bundle's copy of this module. */
  public static [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (typeof value !== "object" || value === null) return false;
    const kinds = (value as Record<symbol, unknown>)[ERROR_KINDS];
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }
}

/** The current value of an item as another writer left it, with its ETag. */
export interface ConflictTheirs<T> {
  value: T;
  etag: string;
}

/** 412: the item changed since we read it. Carries what we tried to write and what is there now. */
export class ConflictError<TMine = unknown, TTheirs = unknown> extends SharePointError {
  public static readonly kind: string = "ConflictError";
  public readonly itemId: number;
  public readonly mine: TMine;
  /** The re-read item; undefined when it was deleted meanwhile. */
  public readonly theirs: ConflictTheirs<TTheirs> | undefined;

  public constructor(
    itemId: number,
    mine: TMine,
    theirs: ConflictTheirs<TTheirs> | undefined,
    init: SharePointErrorInit
  ) {
    super(`Item ${itemId} was changed by someone else since it was read`, init);
    this.itemId = itemId;
    this.mine = mine;
    this.theirs = theirs;
  }
}

/** 401/403: the current user may not do this. */
export class AccessDeniedError extends SharePointError {
  public static readonly kind: string = "AccessDeniedError";
  public constructor(init: SharePointErrorInit) {
    super("Access denied", init);
  }
}

/** 429/503/504 (or no connection) after the whole retry budget. */
export class ThrottledError extends SharePointError {
  public static readonly kind: string = "ThrottledError";
  /** How many times the request was sent. */
  public readonly attempts: number;
  /** The last Retry-After the server asked for, in milliseconds, if any. */
  public readonly retryAfterMs?: number;

  public constructor(init: SharePointErrorInit & { attempts: number; retryAfterMs?: number }) {
    super(`SharePoint is busy (HTTP ${init.status || "no response"}) after ${init.attempts} attempts`, init);
    this.attempts = init.attempts;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** A list the solution needs does not exist on the site. */
export class ListNotFoundError extends SharePointError {
  public static readonly kind: string = "ListNotFoundError";
  public readonly listTitle: string;

  public constructor(listTitle: string, init: SharePointErrorInit) {
    super(`The list "${listTitle}" does not exist`, init);
    this.listTitle = listTitle;
  }
}

/** A missing column, named by internal and display name. */
export interface MissingField {
  listTitle: string;
  internalName: string;
  displayName: string;
}

/** Lists or columns are missing (or SharePoint rejected a column we use). */
export class SchemaError extends SharePointError {
  public static readonly kind: string = "SchemaError";
  public readonly missingLists: string[];
  public readonly missingFields: MissingField[];

  public constructor(missingLists: string[], missingFields: MissingField[], init: SharePointErrorInit) {
    super(describeMissing(missingLists, missingFields), init);
    this.missingLists = missingLists;
    this.missingFields = missingFields;
  }
}

/** 404 on an item (deleted meanwhile). */
export class NotFoundError extends SharePointError {
  public static readonly kind: string = "NotFoundError";
  public constructor(what: string, init: SharePointErrorInit) {
    super(`${what} was not found`, init);
  }
}

/** A write that failed after the retry budget and now waits in the pending-writes queue. */
export class PendingWriteError extends SharePointError {
  public static readonly kind: string = "PendingWriteError";
  public readonly pendingId: string;

  public constructor(pendingId: string, reason: SharePointError) {
    super("The change is saved locally and will be sent again", {
      status: reason.status,
      serverMessage: reason.serverMessage,
      serverCode: reason.serverCode,
      request: reason.request,
      cause: reason
    });
    this.pendingId = pendingId;
  }
}

function describeMissing(lists: string[], fields: MissingField[]): string {
  const parts = [
    ...lists.map((l) => `list "${l}"`),
    ...fields.map((f) => `column "${f.displayName}" (${f.internalName}) in list "${f.listTitle}"`)
  ];
  return parts.length > 0 ? `Missing ${parts.join(", ")}` : "Schema mismatch";
}

/** A thrown value as an Error (a string or other value thrown is wrapped, not lost). */
export function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
