/**
 * Seeded booking data for the grid benchmark: `people` working-group members and bookings over
 * `weeks` ISO weeks from Monday 2025-01-06 (about 60 % of person-weeks booked, some above
 * capacity), on tasks from the same seeded task generator as the timeline pages.
 */
import { fromDayNumber, toDayNumber } from "../../../src/domain/isoDate";
import type { Booking, WorkingGroupMember } from "../../../src/domain/model";
import { makeTasks, type BenchTask } from "./data";
import { oursPlan, type OursPlan } from "./oursData";

export interface BookingBenchData {
  members: WorkingGroupMember[];
  bookings: Booking[];
  plan: OursPlan;
  weekStarts: string[];
}

const ROLES = ["Økonomimedarbejder", "Systemejer", "Projektleder", "Bogholder", "It-medarbejder"];
const FIRST_MONDAY = "2025-01-06";
const DAY_MS = 86400000;

/**
 * The seeded tasks clamped into exactly `weeks` ISO weeks from FIRST_MONDAY, with task 1 spanning
 * all of them (project management), so the grid shows exactly that many week columns.
 */
function tasksWithinWeeks(count: number, weeks: number, seed: number): BenchTask[] {
  const first = new Date(2025, 0, 6);
  const last = new Date(2025, 0, 6 + weeks * 7 - 1);
  const clamp = (d: Date): Date => new Date(Math.min(last.getTime(), Math.max(first.getTime(), d.getTime())));
  return makeTasks(count, seed).map((t) => {
    const start = t.id === 1 ? first : clamp(t.start);
    const end = t.id === 1 ? last : clamp(t.end);
    const days = Math.round((end.getTime() - start.getTime()) / DAY_MS);
    return { ...t, start, end, days, offset: Math.round((start.getTime() - new Date(2025, 0, 1).getTime()) / DAY_MS) };
  });
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function makeBookingData(people: number, weeks: number, seed = 7): BookingBenchData {
  const rnd = lcg(seed);
  const plan = oursPlan(tasksWithinWeeks(80, weeks, seed));
  const monday = toDayNumber(FIRST_MONDAY);
  const weekStarts = Array.from({ length: weeks }, (_, i) => fromDayNumber(monday + 7 * i));
  const members: WorkingGroupMember[] = [];
  const bookings: Booking[] = [];
  for (let p = 0; p < people; p++) {
    const email = `person${p + 1}@kommune.dk`;
    const capacity = [7.4, 14.8, 22.2, 29.6, 37][p % 5];
    members.push({ person: { id: p + 1, email, displayName: `Medarbejder ${p + 1}` }, roles: [ROLES[p % ROLES.length]], weeklyCapacityHours: capacity });
    for (const weekStart of weekStarts) {
      if (rnd() >= 0.6) continue;
      const task = plan.tasks[Math.floor(rnd() * plan.tasks.length)];
      const hours = Math.round(capacity * (0.3 + rnd() * 0.9) * 2) / 2;
      bookings.push({ personEmail: email, taskId: task.id, weekStart, hours, role: ROLES[p % ROLES.length] });
    }
  }
  return { members, bookings, plan, weekStarts };
}
