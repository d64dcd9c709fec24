/**
 * A cell edit builds the grid model once: the save that follows changes only the save's status
 * (saving, then saved), which must not build the model, the schedule or the bookings again — at
 * 200 people × 52 weeks each build costs hundreds of milliseconds (issue 15).
 */
import * as React from "react";
import { act, render, waitFor } from "@testing-library/react";
import { useBookingPlan, type BookingPlanView } from "../../../src/ui/booking/useBookingPlan";
import { ANNE, repositories } from "./fixtures";

function Probe({ repos, seen }: { repos: ReturnType<typeof repositories>; seen: BookingPlanView[] }): null {
  seen.push(useBookingPlan(repos, undefined));
  return null;
}

test("saving an edit keeps the model, the bookings and the wave's schedule as they were after the edit", async () => {
  const seen: BookingPlanView[] = [];
  const repos = repositories();
  render(<Probe repos={repos} seen={seen} />);
  await waitFor(() => expect(seen[seen.length - 1].state.phase).toBe("ready"));
  const loaded = seen[seen.length - 1];
  const cell = { personEmail: ANNE.email, taskId: 519, weekStart: "2027-03-29", role: "KY-projektleder" };
  act(() => loaded.dispatch({ type: "cellEdited", cell, text: "6" }));
  const edited = seen[seen.length - 1];
  expect(edited.model).not.toBe(loaded.model);
  expect(edited.bookings.some((b) => b.taskId === 519 && b.weekStart === "2027-03-29" && b.hours === 6)).toBe(true);
  // The save goes out ("saving") and lands (the save is gone, the booking is stored).
  await waitFor(() => expect(repos.tables.bookings.all().some((b) => b.value.weekStart === "2027-03-29" && b.value.hours === 6)).toBe(true));
  await waitFor(() => expect(Object.keys(seen[seen.length - 1].state.saves)).toEqual([]));
  const saved = seen[seen.length - 1];
  expect(saved.state.data).not.toBe(edited.state.data);
  expect(saved.waveTasks).toBe(loaded.waveTasks);
  expect(saved.critical).toBe(loaded.critical);
  expect(saved.bookings).toBe(edited.bookings);
  expect(saved.model).toBe(edited.model);
  // Nothing in between built the model again either.
  expect(new Set(seen.slice(seen.indexOf(edited)).map((v) => v.model)).size).toBe(1);
});
