/**
 * Structural checks for the sample plan JSON (samples/ky-boelge-5.json). They read the file as
 * `unknown` and collect every mismatch with its path, so a failing test names the bad field.
 * Kept independent of src/domain functions on purpose: the sample must be checkable on its own.
 */

export type Check = (value: unknown, path: string, problems: string[]) => void;

export const ISO_DATE_PATTERN: RegExp = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2027-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_DATE_PATTERN.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function isMonday(isoDate: string): boolean {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay() === 1;
}

function describeValue(value: unknown): string {
  return JSON.stringify(value)?.slice(0, 60) ?? String(value);
}

export const str: Check = (v, path, problems) => {
  if (typeof v !== "string") problems.push(`${path}: expected string, got ${describeValue(v)}`);
};

export const nonEmptyStr: Check = (v, path, problems) => {
  if (typeof v !== "string" || v.trim() === "") problems.push(`${path}: expected non-empty string, got ${describeValue(v)}`);
};

export const bool: Check = (v, path, problems) => {
  if (typeof v !== "boolean") problems.push(`${path}: expected boolean, got ${describeValue(v)}`);
};

export const int: Check = (v, path, problems) => {
  if (typeof v !== "number" || !Number.isInteger(v)) problems.push(`${path}: expected integer, got ${describeValue(v)}`);
};

export const nonNegativeNumber: Check = (v, path, problems) => {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0) problems.push(`${path}: expected number >= 0, got ${describeValue(v)}`);
};

export const positiveNumber: Check = (v, path, problems) => {
  if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) problems.push(`${path}: expected number > 0, got ${describeValue(v)}`);
};

export const isoDate: Check = (v, path, problems) => {
  if (!isIsoDate(v)) problems.push(`${path}: expected YYYY-MM-DD date, got ${describeValue(v)}`);
};

export const email: Check = (v, path, problems) => {
  if (typeof v !== "string" || !/^[a-z0-9.-]+@[a-z0-9.-]+\.[a-z]+$/.test(v)) problems.push(`${path}: expected lower-case e-mail, got ${describeValue(v)}`);
};

export function oneOf(allowed: readonly unknown[]): Check {
  return (v, path, problems) => {
    if (!allowed.includes(v)) problems.push(`${path}: ${describeValue(v)} is not one of ${allowed.join(", ")}`);
  };
}

export function arrayOf(item: Check): Check {
  return (v, path, problems) => {
    if (!Array.isArray(v)) {
      problems.push(`${path}: expected array, got ${describeValue(v)}`);
      return;
    }
    v.forEach((element, index) => item(element, `${path}[${index}]`, problems));
  };
}

export function optional(check: Check): Check {
  return (v, path, problems) => {
    if (v !== undefined) check(v, path, problems);
  };
}

/** An object with exactly these fields (optional ones may be absent); unknown fields are reported. */
export function objectOf(fields: Record<string, Check>): Check {
  return (v, path, problems) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      problems.push(`${path}: expected object, got ${describeValue(v)}`);
      return;
    }
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(key in fields)) problems.push(`${path}.${key}: unexpected field`);
    }
    for (const [key, check] of Object.entries(fields)) check(record[key], `${path}.${key}`, problems);
  };
}

/** Runs a check and returns the list of problems (empty when the value fits). */
export function problemsOf(check: Check, value: unknown, path: string): string[] {
  const problems: string[] = [];
  check(value, path, problems);
  return problems;
}
