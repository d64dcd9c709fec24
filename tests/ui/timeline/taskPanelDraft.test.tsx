/**
 * The task panel's one rule: every change is a draft until Gem (states, predecessors and
 * webinar attendance together); Annullér, Escape and the X discard it, asking first when the
 * draft holds changes.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { PL12, findGrid, findTaskRow, memoryRepositories, renderTimeline, setupUser, storedRow } from "./timelineTestKit";

type User = ReturnType<typeof setupUser>;

jest.setTimeout(30000);

/** Escape as Fluent's Panel and Dialog read it (they check the legacy `which`, which user-event leaves 0 in jsdom). */
function pressEscape(): void {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: "Escape", code: "Escape", keyCode: 27, which: 27 });
}

async function openPanel(user: User, code: string): Promise<HTMLElement> {
  await user.click(within(await findTaskRow(code)).getByRole("button", { name: new RegExp(`^${code} `) }));
  return screen.findByRole("dialog", { name: new RegExp(`^${code} `) });
}

/** Adds the first task the panel offers as a predecessor; returns the removal button's name. */
async function addFirstPredecessor(user: User, panel: HTMLElement): Promise<string> {
  await user.click(within(panel).getByRole("combobox", { name: /^Tilføj forgænger/ }));
  const option = (await screen.findAllByRole("option"))[0];
  const code = /^(\S+ \S+)/.exec(option.textContent ?? "")?.[1] ?? "";
  await user.click(option);
  const remove = `Fjern ${code} som forgænger`;
  expect(await within(panel).findByRole("button", { name: remove })).toBeTruthy();
  return remove;
}

describe("TaskPanel draft", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));

  it("saves nothing when a predecessor is added and the panel is cancelled", async () => {
    const repositories = memoryRepositories();
    const updateState = jest.spyOn(repositories.local, "updateState");
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    const before = storedRow(repositories, PL12);
    const panel = await openPanel(user, "PL 12");
    await addFirstPredecessor(user, panel);
    expect(within(panel).getByText("Ændringerne er ikke gemt endnu.")).toBeTruthy();
    await user.click(within(panel).getByRole("button", { name: "Annullér" }));
    const confirm = await screen.findByRole("alertdialog", { name: "Luk uden at gemme?" });
    await user.click(within(confirm).getByRole("button", { name: "Luk uden at gemme" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: /^PL 12 / })).toBeNull());
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(updateState).not.toHaveBeenCalled();
    expect(storedRow(repositories, PL12)).toEqual(before);
    // Opened again, the panel shows what is stored.
    const again = await openPanel(user, "PL 12");
    expect(within(again).queryAllByRole("button", { name: /som forgænger$/ })).toEqual([]);
  });

  it("asks before Escape closes the panel with an unsaved note, and keeps editing on request", async () => {
    const repositories = memoryRepositories();
    const updateState = jest.spyOn(repositories.local, "updateState");
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    const panel = await openPanel(user, "PL 12");
    const note = within(panel).getByRole("textbox", { name: "Note" });
    await user.clear(note);
    await user.type(note, "Husk styregruppen");
    pressEscape();
    const confirm = await screen.findByRole("alertdialog", { name: "Luk uden at gemme?" });
    expect(within(confirm).getByText(/Du har ændringer i opgaven, som ikke er gemt/)).toBeTruthy();
    // The safe choice has the focus: Enter keeps the draft.
    await waitFor(() => expect(document.activeElement).toBe(within(confirm).getByRole("button", { name: "Fortsæt med at redigere" })));
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    const open = screen.getByRole("dialog", { name: /^PL 12 / });
    expect((within(open).getByRole("textbox", { name: "Note" }) as HTMLTextAreaElement).value).toBe("Husk styregruppen");
    // Escape in the question keeps editing too.
    pressEscape();
    await screen.findByRole("alertdialog", { name: "Luk uden at gemme?" });
    pressEscape();
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(screen.getByRole("dialog", { name: /^PL 12 / })).toBeTruthy();
    expect(updateState).not.toHaveBeenCalled();
    // A click outside the panel asks as well.
    const overlay = document.querySelector(".ms-Panel .ms-Overlay");
    if (!overlay) throw new Error("The panel has no overlay");
    await user.click(overlay);
    const outside = await screen.findByRole("alertdialog", { name: "Luk uden at gemme?" });
    await user.click(within(outside).getByRole("button", { name: "Fortsæt med at redigere" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(screen.getByRole("dialog", { name: /^PL 12 / })).toBeTruthy();
    // The X asks as well; closing without saving drops the note.
    await user.click(within(open).getByRole("button", { name: "Luk" }));
    const third = await screen.findByRole("alertdialog", { name: "Luk uden at gemme?" });
    await user.click(within(third).getByRole("button", { name: "Luk uden at gemme" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: /^PL 12 / })).toBeNull());
    expect(updateState).not.toHaveBeenCalled();
    expect(storedRow(repositories, PL12).value.state.note).not.toBe("Husk styregruppen");
  });

  it("closes at once with Luk or Escape when nothing is changed", async () => {
    const user = setupUser();
    renderTimeline(memoryRepositories());
    await findGrid();
    let panel = await openPanel(user, "PL 12");
    expect(within(panel).queryByRole("button", { name: "Annullér" })).toBeNull();
    expect(within(panel).getByRole("button", { name: "Gem" }).hasAttribute("disabled") || within(panel).getByRole("button", { name: "Gem" }).getAttribute("aria-disabled") === "true").toBe(true);
    pressEscape();
    await waitFor(() => expect(screen.queryByRole("dialog", { name: /^PL 12 / })).toBeNull());
    expect(screen.queryByRole("alertdialog")).toBeNull();
    panel = await openPanel(user, "PL 12");
    const footerClose = within(panel).getAllByRole("button", { name: "Luk" }).find((b) => b.textContent === "Luk");
    if (!footerClose) throw new Error("No Luk button in the footer");
    await user.click(footerClose);
    await waitFor(() => expect(screen.queryByRole("dialog", { name: /^PL 12 / })).toBeNull());
  });

  it("saves note, predecessors and attendance together with Gem", async () => {
    const repositories = memoryRepositories();
    const updateState = jest.spyOn(repositories.local, "updateState");
    const user = setupUser();
    renderTimeline(repositories);
    await findGrid();
    const webinarId = Number((await findTaskRow("WE 04")).getAttribute("data-task-id"));
    const attendanceBefore = repositories.tables.attendance.all().length;
    const panel = await openPanel(user, "WE 04");
    const note = within(panel).getByRole("textbox", { name: "Note" });
    await user.clear(note);
    await user.type(note, "Rasmus deltager");
    await addFirstPredecessor(user, panel);
    const attendees = within(panel).getByRole("group", { name: "Deltagere fra kommunen" });
    await user.click(within(attendees).getByRole("checkbox", { name: /^Rasmus Bech/ }));
    // Still a draft.
    expect(updateState).not.toHaveBeenCalled();
    expect(repositories.tables.attendance.all().length).toBe(attendanceBefore);
    await act(() => user.click(within(panel).getByRole("button", { name: "Gem" })));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: /^WE 04 / })).toBeNull());
    await waitFor(() => expect(storedRow(repositories, webinarId).value.state.note).toBe("Rasmus deltager"));
    expect(storedRow(repositories, webinarId).value.state.localPredecessors).toHaveLength(1);
    // One save of the row, with the ETag: note and predecessors in it together.
    expect(updateState).toHaveBeenCalledTimes(1);
    expect(Object.keys(updateState.mock.calls[0][1]).sort()).toEqual(["localPredecessors", "note"]);
    await waitFor(() => expect(repositories.tables.attendance.all().length).toBe(attendanceBefore + 1));
    const added = repositories.tables.attendance.all().filter((a) => a.value.taskId === webinarId);
    expect(added.map((a) => a.value.personEmail)).toEqual(["rasmus.bech@eksempelkommune.dk"]);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });
});
