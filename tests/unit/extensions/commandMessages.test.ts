/** The command set's result line in Danish: singular for one task, plural for more, its own words when nothing was saved. */
import { resultSummary } from "../../../src/extensions/planerCommandSet/commandMessages";

test.each([
  [1, 0, 1, "Status er gemt på opgaven."],
  [3, 0, 3, "Status er gemt på 3 opgaver."],
  [2, 1, 3, "Status er gemt på 2 af 3 opgaver. Disse opgaver blev ikke gemt:"],
  [0, 1, 1, "Status blev ikke gemt:"],
  [0, 4, 4, "Status blev ikke gemt:"]
])("%i saved, %i failed of %i selected → %s", (saved, failed, selected, text) => {
  expect(resultSummary(saved, failed, selected)).toBe(text);
});
