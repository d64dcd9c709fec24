/** The booking view's state hook: loads the working group, bookings and the tasks they refer to. */
import * as React from "react";
import type { PlanRepositories } from "../../data/repositories";
import { bookingReducer, type BookingPlan, type BookingState } from "./bookingReducer";

export interface BookingView {
  state: BookingState;
  reload: () => void;
}

async function loadBookings(repositories: PlanRepositories): Promise<BookingPlan> {
  const [members, bookings, rows] = await Promise.all([
    repositories.workingGroup.getMembers(),
    repositories.bookings.getBookings(),
    repositories.local.getRows()
  ]);
  return {
    members: members.map((m) => m.value),
    bookings: bookings.map((b) => b.value),
    tasks: rows.map((r) => r.task)
  };
}

export function useBookingState(repositories: PlanRepositories): BookingView {
  const [state, dispatch] = React.useReducer(bookingReducer, { phase: "loading" });
  const [loadCount, setLoadCount] = React.useState(0);

  React.useEffect(() => {
    let current = true;
    dispatch({ type: "bookingsRequested" });
    loadBookings(repositories).then(
      (plan) => current && dispatch({ type: "bookingsLoaded", plan }),
      (error: unknown) => current && dispatch({ type: "bookingsFailed", error })
    );
    return () => {
      current = false;
    };
  }, [repositories, loadCount]);

  const reload = React.useCallback(() => setLoadCount((n) => n + 1), []);
  return { state, reload };
}
