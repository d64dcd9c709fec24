/**
 * Issue 16, defect 5: a capacity of "0,01" was accepted and stored as 0 although the rule says
 * above 0. Capacity is kept in tenths of an hour (domain/capacity.ts), so a value that rounds to
 * 0 is refused, with a Danish message, in place and in the add form's validation.
 */
import { screen, waitFor } from "@testing-library/react";
import { checkCapacityText, parseCapacity, validateMemberDraft } from "../../../src/ui/booking/workingGroupForm";
import { renderBooking } from "./render";
import { ANNE, JESPER, repositories } from "./fixtures";

const BELOW_ONE_TENTH = "Skriv mindst 0,1 timer pr. uge. Kapaciteten gemmes med én decimal, fx 0,5 eller 7,5.";

test("typed capacity: '0,01' is refused (it was stored as 0), '0,1' and '7,5' are kept", () => {
  expect(parseCapacity("0,01")).toBeUndefined();
  expect(checkCapacityText("0,01")).toEqual({ ok: false, problem: "belowOneTenth" });
  expect(checkCapacityText("0")).toEqual({ ok: false, problem: "notPositive" });
  expect(checkCapacityText("61")).toEqual({ ok: false, problem: "tooMany" });
  expect(checkCapacityText("syv")).toEqual({ ok: false, problem: "notANumber" });
  expect(parseCapacity("0,1")).toBe(0.1);
  expect(parseCapacity("7,5")).toBe(7.5);
  expect(validateMemberDraft({ person: JESPER, roles: ["KY-projektleder"], capacityText: "0,01" }, [])).toEqual({ ok: false, errors: { capacity: "belowOneTenth" } });
});

test("in place: '0,01' is refused with a Danish message and nothing is saved; '0,1' is saved as 0,1", async () => {
  const repos = repositories();
  const { user } = await renderBooking(repos);
  const field = screen.getByRole("textbox", { name: `Timer pr. uge for ${ANNE.displayName}` });
  await user.clear(field);
  await user.type(field, "0,01{Enter}");
  expect(screen.getByText(BELOW_ONE_TENTH)).toBeTruthy();
  expect(repos.tables.workingGroup.all()[0].value.weeklyCapacityHours).toBe(20);

  await user.clear(field);
  await user.type(field, "0,1{Enter}");
  await waitFor(() => expect(repos.tables.workingGroup.all()[0].value.weeklyCapacityHours).toBe(0.1));
  expect(screen.queryByText(BELOW_ONE_TENTH)).toBeNull();
});
