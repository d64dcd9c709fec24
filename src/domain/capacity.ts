/**
 * A working-group member's weekly capacity (Arbejdsgruppe, "Ugentlig kapacitet (timer)").
 *
 * Hours per week are kept in tenths of an hour, as bookings and their suggestions are
 * (bookings.ts) and as the grid shows them; the column is a plain SharePoint Number, so what is
 * saved is what the user sees. The rule is on the value kept: above 0 and at most
 * WEEKLY_CAPACITY_MAX_HOURS. A typed value that rounds to 0 tenths ("0,01") is refused rather
 * than saved as 0, which the rule forbids and which would silently take the person's whole
 * capacity away.
 */

/** Most hours per week a member can offer. */
export const WEEKLY_CAPACITY_MAX_HOURS = 60;

/** Why an amount of hours is not a weekly capacity. */
export type CapacityProblem = "notPositive" | "belowOneTenth" | "tooMany";

export type CapacityResult = { ok: true; hours: number } | { ok: false; problem: CapacityProblem };

/** Hours rounded to the tenth kept for a capacity. */
export function roundToTenth(hours: number): number {
  return Math.round(hours * 10) / 10;
}

/** The capacity kept for an amount of hours (rounded to tenths), or why it is refused. */
export function weeklyCapacity(hours: number): CapacityResult {
  if (!Number.isFinite(hours) || hours <= 0) return { ok: false, problem: "notPositive" };
  const kept = roundToTenth(hours);
  if (kept <= 0) return { ok: false, problem: "belowOneTenth" };
  if (kept > WEEKLY_CAPACITY_MAX_HOURS) return { ok: false, problem: "tooMany" };
  return { ok: true, hours: kept };
}
