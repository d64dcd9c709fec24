/**
 * Typed errors thrown by the domain. They carry data (kind, field, line) so the UI can word
 * them from the loc files; the English message is for logs and developers only.
 */

/** A string that is not a real calendar date `YYYY-MM-DD`. */
export class InvalidDateError extends Error {
  public readonly value: string;

  public constructor(value: string) {
    super(`Not a calendar date YYYY-MM-DD: "${value}"`);
    this.name = "InvalidDateError";
    this.value = value;
    Object.setPrototypeOf(this, InvalidDateError.prototype);
  }
}

/** Why a KLIK export could not be read. */
export type KlikParseErrorKind =
  | "empty"
  | "missingField"
  | "invalidValue"
  | "duplicateField"
  | "missingSection"
  | "sectionOutOfOrder"
  | "multipleTasks";

/** A KLIK export that is malformed or truncated: names the field (KLIK's label) and the 1-based line. */
export class KlikParseError extends Error {
  public readonly kind: KlikParseErrorKind;
  /** KLIK's label of the field or section, e.g. "Slutdato (fra Go-Live)". */
  public readonly field: string;
  /** 1-based line in the text that was parsed (the last line when a field is missing). */
  public readonly line: number;
  /** The offending value, when there is one. */
  public readonly value?: string;

  public constructor(kind: KlikParseErrorKind, field: string, line: number, value?: string) {
    super(
      `KLIK export, line ${line}: ${kind} "${field}"` + (value !== undefined ? ` (value: "${value}")` : "")
    );
    this.name = "KlikParseError";
    this.kind = kind;
    this.field = field;
    this.line = line;
    this.value = value;
    Object.setPrototypeOf(this, KlikParseError.prototype);
  }
}
