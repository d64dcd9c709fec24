import { datesSetByKombit } from "../../../src/domain";
import { makeTask } from "./fixtures";

describe("fields KOMBIT sets", () => {
  it("a webinar's dates are KOMBIT's; a task's and a milestone's are the municipality's to plan", () => {
    expect(datesSetByKombit(makeTask({ id: 1, kind: "webinar" }))).toBe(true);
    expect(datesSetByKombit(makeTask({ id: 2, kind: "task" }))).toBe(false);
    expect(datesSetByKombit(makeTask({ id: 3, kind: "milestone" }))).toBe(false);
  });
});
