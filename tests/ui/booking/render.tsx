/** Renders the booking root on in-memory repositories and waits for the grid. */
import * as React from "react";
import { render, screen, waitFor, within, type RenderResult } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setIconOptions } from "@fluentui/react";
import { BookingRoot } from "../../../src/ui/booking/BookingRoot";
import type { MemoryRepositories } from "../../../src/data/memory/memoryRepositories";

// Icon fonts are not loaded in jsdom; the icons' words are what the tests read.
setIconOptions({ disableWarnings: true });

export type User = ReturnType<typeof userEvent.setup>;

export async function renderBooking(repos: MemoryRepositories): Promise<{ user: User; grid: HTMLElement; result: RenderResult }> {
  window.history.replaceState(null, "", "/");
  const user = userEvent.setup();
  const result = render(<BookingRoot repositories={repos} municipalityName="Eksempel Kommune" locale="da-dk" defaultWave="KY - Bølge 5" />);
  const grid = await screen.findByRole("grid", { name: "Booket tid pr. person og uge" });
  return { user, grid, result };
}

/** Expands a person's task rows. */
export async function expand(user: User, grid: HTMLElement, name: string): Promise<void> {
  await user.click(within(grid).getByRole("button", { name: `Vis opgaver for ${name}` }));
}

export function cell(grid: HTMLElement, name: RegExp): HTMLElement {
  return within(grid).getByRole("gridcell", { name });
}

/** Waits until no save is in flight, so no update lands after the test. */
export async function savesSettled(): Promise<void> {
  await waitFor(() => expect(screen.queryByText(/^Gemmer ændringer/)).toBeNull());
}
