/**
 * Text and date formatting for the UI. Plan dates are `YYYY-MM-DD` strings (docs/domain.md §Dates), so they
 * are formatted from their digits, never through a JavaScript Date that a time zone could shift.
 */
import type { IsoDate } from "../../domain/model";

/** Fills `{0}`, `{1}`, … in a loc string. */
export function formatText(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match: string, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

let danishCollator: Intl.Collator | undefined;

/**
 * Orders texts as `a.localeCompare(b, "da")` does (æ, ø, å last), with one collator made on first use:
 * localeCompare with a locale builds the browser's collator again on every call, which a sort of
 * thousands of tasks pays each time.
 */
export function compareDanish(a: string, b: string): number {
  danishCollator ??= new Intl.Collator("da");
  return danishCollator.compare(a, b);
}

/** Whether the locale is Danish (the default for our users). */
export function isDanish(locale: string): boolean {
  return locale.toLowerCase().startsWith("da");
}

/** A plan date as Danish users write it, `14.03.2027`; ISO `2027-03-14` for other locales. */
export function formatDate(date: IsoDate, locale: string): string {
  if (!isDanish(locale)) return date;
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/** Hours with a decimal comma in Danish ("7,5"). */
export function formatHours(hours: number, locale: string): string {
  const text = Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
  return isDanish(locale) ? text.replace(".", ",") : text;
}

/**
 * The loc string for a count: `one` when the count is 1 (or −1, "1 dag tidligere"), else `many`.
 * Danish and English both use the singular for exactly one ("1 uge", "1 valgt opgave") and the
 * plural otherwise, also for 0 and fractions ("0 uger", "1,5 dage"). Fill it with formatText:
 * `formatText(pluralText(n, strings.WeeksOne, strings.Weeks), n)`.
 */
export function pluralText(count: number, one: string, many: string): string {
  return Math.abs(count) === 1 ? one : many;
}
