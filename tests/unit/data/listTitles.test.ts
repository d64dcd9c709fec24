import { DEFAULT_LIST_TITLES, resolveListTitles } from "../../../src/data/listTitles";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const schema = require("../../../src/data/schema/schema.json") as { lists: { key: string; title: string }[] };

describe("list titles", () => {
  it("default to the titles of schema.json", () => {
    const fromSchema = Object.fromEntries(schema.lists.map((l) => [l.key, l.title]));
    expect({ ...DEFAULT_LIST_TITLES }).toEqual(fromSchema);
  });

  it("take configured titles, ignoring blanks", () => {
    expect(resolveListTitles({ bookings: " Bookinger ", waves: "" })).toMatchObject({ bookings: "Bookinger", waves: "Bølger" });
  });
});
