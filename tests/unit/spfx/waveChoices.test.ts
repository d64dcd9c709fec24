/** The property pane's wave choices: read from KOMBIT's wave list, a failure kept as words. */
import { loadWaveChoices } from "../../../src/webparts/shared/waveChoices";

describe("loadWaveChoices", () => {
  it("offers the wave titles in the list's order", async () => {
    const choices = await loadWaveChoices(() => Promise.resolve([{ title: "KY - Bølge 5" }, { title: "KY - Bølge 4" }]), "Bølger");
    expect(choices).toEqual({ state: "loaded", titles: ["KY - Bølge 5", "KY - Bølge 4"] });
  });

  it("turns a failed read into pane state that names the list and the reason", async () => {
    const choices = await loadWaveChoices(() => Promise.reject(new Error("Adgang nægtet")), "Bølger");
    expect(choices).toEqual({ state: "failed", listTitle: "Bølger", message: "Adgang nægtet" });
  });
});
