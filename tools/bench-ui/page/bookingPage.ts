/**
 * What every booking page starts from: the seeded people × weeks data (bookingData.ts) at the
 * size in the URL (`?n=<people>&weeks=<weeks>`, set by measure.mjs), and our grid model of it —
 * the rows a planner sees with everyone collapsed (a demand row per role, a row per person with
 * their hours and capacity per week, the total) — which the anchor and the lower bound draw too.
 */
import { demandByRoleWeek } from "../../../src/domain/demand";
import { keyOf } from "../../../src/ui/booking/cellKey";
import { buildGridModel, planWeeks, type GridModel } from "../../../src/ui/booking/bookingGridModel";
import { makeBookingData, type BookingBenchData } from "./bookingData";

/** The weeks of the page's size (the people are the runner's `n`). */
export function weeksFromUrl(): number {
  const weeks = Number(new URLSearchParams(location.search).get("weeks") ?? 52);
  if (!Number.isInteger(weeks) || weeks <= 0) throw new Error(`bad weeks in the URL: ${location.search}`);
  return weeks;
}

/** The grid model our BookingRoot builds for this data, everyone collapsed (as useBookingPlan does). */
export function bookingModel(data: BookingBenchData): GridModel {
  const { plan } = data;
  const cellHours = new Map<string, number>();
  for (const b of data.bookings) cellHours.set(keyOf(b), (cellHours.get(keyOf(b)) ?? 0) + b.hours);
  return buildGridModel({
    tasks: plan.scheduled,
    members: data.members,
    cellHours,
    bookings: data.bookings,
    weeks: planWeeks(plan.scheduled),
    expanded: new Set(),
    critical: new Set([...plan.critical.computedCritical, ...plan.critical.declaredCritical]),
    demand: demandByRoleWeek(plan.scheduled),
    assignments: plan.local
  });
}

export function bookingPageData(people: number): { data: BookingBenchData; model: GridModel } {
  const data = makeBookingData(people, weeksFromUrl());
  return { data, model: bookingModel(data) };
}

/** Hours as the grid shows them: one decimal, Danish comma, empty for none. */
export function hoursLabel(hours: number): string {
  return hours > 0 ? String(Math.round(hours * 10) / 10).replace(".", ",") : "";
}
