/**
 * People who have hours booked but are not (any longer) in the working group: the grid shows them
 * under "Tidligere medlemmer" so that no booked hour is hidden. Bookings hold only the e-mail, so
 * the name comes from people the view knows (a member removed in this session, an ansvarlig or
 * udfører in the plan), else the e-mail is shown. Pure.
 */
import type { Booking, Person, WorkingGroupMember } from "../../domain/model";
import { personKey } from "./cellKey";

/**
 * Members (roles none, capacity 0) for the people with hours on the given tasks who are not
 * among `members`, in the order first booked. `previous` is the last result: a person whose
 * name is unchanged keeps their object, so the grid's per-person cache and rows are reused.
 */
export function formerMembersOf(
  bookings: readonly Booking[],
  members: readonly WorkingGroupMember[],
  taskIds: ReadonlySet<number>,
  known: readonly Person[],
  previous: readonly WorkingGroupMember[] = []
): WorkingGroupMember[] {
  const current = new Set(members.map((m) => personKey(m.person.email)));
  const emails = new Map<string, string>();
  // A person has many bookings: each e-mail as written is folded once (this runs on every edit).
  const keys = new Map<string, string>();
  for (const b of bookings) {
    if (b.hours <= 0 || !taskIds.has(b.taskId)) continue;
    let key = keys.get(b.personEmail);
    if (key === undefined) keys.set(b.personEmail, (key = personKey(b.personEmail)));
    if (!current.has(key) && !emails.has(key)) emails.set(key, b.personEmail);
  }
  if (emails.size === 0) return [];
  const names = new Map<string, Person>();
  for (const p of known) if (p.email && !names.has(personKey(p.email))) names.set(personKey(p.email), p);
  const before = new Map(previous.map((m) => [personKey(m.person.email), m]));
  return [...emails].map(([key, email]) => {
    const person = names.get(key);
    const displayName = person?.displayName || email;
    const old = before.get(key);
    if (old && old.person.displayName === displayName) return old;
    return { person: { ...(person?.id !== undefined ? { id: person.id } : {}), email: person?.email ?? email, displayName }, roles: [], weeklyCapacityHours: 0 };
  });
}
