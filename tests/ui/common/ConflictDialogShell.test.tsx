/**
 * The conflict dialog both views share: mine beside theirs with both choices, or, when the item
 * was deleted, only a way to close.
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setIconOptions } from "@fluentui/react";
import { ConflictDialogShell, type ConflictDialogShellProps } from "../../../src/ui/common/ConflictDialogShell";

setIconOptions({ disableWarnings: true });

function props(overrides: Partial<ConflictDialogShellProps> = {}): ConflictDialogShellProps {
  return {
    title: "Opgaven er ændret af en anden",
    text: "PL 12 blev ændret i SharePoint, efter du hentede den.",
    rows: [{ key: "note", label: "Note", mine: "Min note", theirs: "Deres note" }],
    headers: { field: "Felt", mine: "Dine ændringer", theirs: "Nu i SharePoint" },
    keepMineText: "Behold mine",
    takeTheirsText: "Brug deres",
    closeText: "Luk",
    onKeepMine: jest.fn(),
    onTakeTheirs: jest.fn(),
    ...overrides
  };
}

describe("ConflictDialogShell", () => {
  it("shows mine beside theirs and offers both choices", async () => {
    const p = props();
    render(<ConflictDialogShell {...p} />);
    expect(screen.getByRole("rowheader", { name: "Note" })).toBeTruthy();
    expect(screen.getByRole("cell", { name: "Min note" })).toBeTruthy();
    expect(screen.getByRole("cell", { name: "Deres note" })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Behold mine" }));
    expect(p.onKeepMine).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole("button", { name: "Brug deres" }));
    expect(p.onTakeTheirs).toHaveBeenCalledTimes(1);
  });

  it("only closes when the item was deleted", async () => {
    const p = props({ rows: undefined, text: "Opgaven er slettet i SharePoint." });
    render(<ConflictDialogShell {...p} />);
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.queryByRole("button", { name: "Behold mine" })).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Luk" }));
    expect(p.onTakeTheirs).toHaveBeenCalledTimes(1);
  });
});
