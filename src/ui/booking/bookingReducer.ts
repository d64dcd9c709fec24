/** The booking view's state and transitions (pure; effects live in useBookingState). */
import type { Booking, KlikTask, WorkingGroupMember } from "../../domain/model";

/** What was read from SharePoint for the booking view. */
export interface BookingPlan {
  members: WorkingGroupMember[];
  bookings: Booking[];
  tasks: KlikTask[];
}

export type BookingState =
  | { phase: "loading" }
  | { phase: "failed"; error: unknown }
  | { phase: "ready"; plan: BookingPlan };

export type BookingAction =
  | { type: "bookingsRequested" }
  | { type: "bookingsLoaded"; plan: BookingPlan }
  | { type: "bookingsFailed"; error: unknown };

export function bookingReducer(_state: BookingState, action: BookingAction): BookingState {
  switch (action.type) {
    case "bookingsRequested":
      return { phase: "loading" };
    case "bookingsLoaded":
      return { phase: "ready", plan: action.plan };
    case "bookingsFailed":
      return { phase: "failed", error: action.error };
  }
}
