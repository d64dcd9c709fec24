/** A save SharePoint throttled past the retry budget waits in the pending-writes queue, visibly, until retried. */
import { screen, waitFor } from "@testing-library/react";
import { ThrottledError } from "../../../src/data/errors";
import { PendingWriteQueue } from "../../../src/data/pending/pendingQueue";
import type { Booking } from "../../../src/domain/model";
import type { ItemRef } from "../../../src/data/repositories";
import { cell, expand, renderBooking, savesSettled } from "./render";
import { ANNE, repositories } from "./fixtures";

afterEach(savesSettled);

test("a throttled save is listed as waiting, and 'Prøv igen' sends it from the queue", async () => {
  const repos = repositories();
  const queue = new PendingWriteQueue();
  const save = repos.bookings.saveBookings.bind(repos.bookings);
  // As the PnPjs repository does: a part still throttled after the HTTP retries goes to the queue.
  queue.register("bookings.save", async (args) => {
    const [result] = await save([args as { ref?: ItemRef; booking: Booking }]);
    if (!result.ok) throw result.error;
    return result;
  });
  let throttled = true;
  repos.bookings.saveBookings = async (changes) => {
    if (!throttled) return save(changes);
    return changes.map((change) => ({
      key: change.ref?.itemId ?? 0,
      ok: false as const,
      error: queue.enqueue({ op: "bookings.save", args: change, listTitle: "Ressourcebookinger", itemId: change.ref?.itemId }, new ThrottledError({ status: 429, attempts: 5 }))
    }));
  };
  repos.pending = queue;

  const { user, grid } = await renderBooking(repos);
  await expand(user, grid, ANNE.displayName);
  await user.click(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /));
  await user.keyboard("5{Enter}");
  await waitFor(() => expect(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /).getAttribute("aria-label")).toMatch(/: 5 t, venter$/));
  expect(await screen.findByText("Ændringer, der venter på at blive sendt til SharePoint: 1.")).toBeTruthy();
  expect(repos.tables.bookings.all().find((b) => b.value.taskId === 519 && b.value.weekStart === "2027-03-15")?.value.hours).toBe(12);

  throttled = false;
  await user.click(screen.getByRole("button", { name: "Prøv igen" }));
  await waitFor(() => expect(repos.tables.bookings.all().find((b) => b.value.taskId === 519 && b.value.weekStart === "2027-03-15")?.value.hours).toBe(5));
  await waitFor(() => expect(screen.queryByText(/venter på at blive sendt/)).toBeNull());
  expect(queue.list()).toEqual([]);
  // After the reload that follows, the cell shows what SharePoint has.
  await waitFor(() => expect(cell(grid, /^Anne Kirstine Holm, PL 12, uge 11 /).getAttribute("aria-label")).toMatch(/: 5 t$/));
});
