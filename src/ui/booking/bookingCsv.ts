/**
 * CSV for Danish Excel: semicolon separator, UTF-8 with BOM (or Excel guesses the wrong code
 * page and breaks æ, ø, å), decimal comma, dates dd-mm-yyyy, CRLF line ends.
 */
import { isoWeek } from "../../domain/isoWeek";
import type { Booking, KlikTask, WorkingGroupMember } from "../../domain/model";
import { csvText } from "../common/csv";
import { personKey } from "./cellKey";


export interface CsvHeadings {
  name: string;
  email: string;
  role: string;
  taskCode: string;
  taskTitle: string;
  week: string;
  monday: string;
  hours: string;
}

/** `2027-03-22` → `22-03-2027`. */
function danishCsvDate(date: string): string {
  return `${date.slice(8, 10)}-${date.slice(5, 7)}-${date.slice(0, 4)}`;
}

/** Hours with a decimal comma and no thousands separator (`7,4`). */
function danishCsvNumber(value: number): string {
  return String(Math.round(value * 100) / 100).replace(".", ",");
}

/** One line per booking (person, task, week), sorted by person, task code and week. */
export function bookingsToCsv(bookings: readonly Booking[], members: readonly WorkingGroupMember[], tasks: readonly KlikTask[], headings: CsvHeadings): string {
  const memberOf = new Map(members.map((m) => [personKey(m.person.email), m]));
  const taskOf = new Map(tasks.map((t) => [t.id, t]));
  const lines = bookings
    .filter((b) => b.hours > 0)
    .map((b) => {
      const member = memberOf.get(personKey(b.personEmail));
      const task = taskOf.get(b.taskId);
      const { week, year } = isoWeek(b.weekStart);
      return {
        sort: `${member?.person.displayName ?? b.personEmail}\u0000${task?.code ?? b.taskId}\u0000${b.weekStart}`,
        fields: [
          member?.person.displayName ?? b.personEmail,
          b.personEmail,
          b.role ?? member?.roles[0] ?? "",
          task?.code ?? String(b.taskId),
          task?.title ?? "",
          `${year}-${String(week).padStart(2, "0")}`,
          danishCsvDate(b.weekStart),
          danishCsvNumber(b.hours)
        ]
      };
    })
    .sort((a, b) => a.sort.localeCompare(b.sort, "da"));
  const head = [headings.name, headings.email, headings.role, headings.taskCode, headings.taskTitle, headings.week, headings.monday, headings.hours];
  return csvText([head, ...lines.map((l) => l.fields)]);
}
