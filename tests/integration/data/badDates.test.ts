/**
 * Issue 16, defects 1 and 2 against the emulator over real HTTP: a row of the municipality's
 * Planer holding dates far outside the plan (typed straight into the list: 02.01.1900 and
 * 31.12.8900) must not take the plan down. A SharePoint date column takes 1/1/1900 to 12/31/8900
 * only, and 1/1/1900 itself is refused east of UTC, where its midnight falls in 1899
 * (https://github.com/SharePoint/sp-dev-docs/issues/10385): these are the farthest dates a list
 * in Copenhagen can really hold. The repositories read every row, the schedule flags the bad one and uses KOMBIT's
 * dates for it, and the time axis is as wide as without it.
 */
import type { PlanData } from "../../../src/domain/model";
import { schedulePlan } from "../../../src/domain/schedule";
import { createPnpRepositories } from "../../../src/data/pnp";
import { scaleLabels, timeScaleFor } from "../../../src/ui/timeline/timeScaleFor";
import { spFor, startTestEmulator, stopTestEmulator } from "./support";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const sample = require("../../../samples/ky-boelge-5.json") as PlanData;

jest.setTimeout(30000);

const PL12 = 519;
const WAVE_5 = "KY - Bølge 5";

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));

function repos(): ReturnType<typeof createPnpRepositories> {
  const emu = running!.emu;
  return createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality) });
}

async function loadAndSchedule(): Promise<ReturnType<typeof schedulePlan>> {
  const r = repos();
  const [waves, rows] = await Promise.all([r.master.getWaves(), r.local.getRows()]);
  const wave = waves.find((w) => w.title === WAVE_5);
  if (!wave) throw new Error("wave 5 missing");
  const waveRows = rows.filter((row) => row.task.waves.includes(WAVE_5));
  return schedulePlan(waveRows.map((row) => row.task), wave, waveRows.map((row) => row.state), "2027-01-04");
}

describe("a Planer row with dates far outside the plan, stored in SharePoint", () => {
  it("loads with every other row, flagged, on KOMBIT's dates, without widening the time axis", async () => {
    const goLive = sample.waves.find((w) => w.title === WAVE_5)?.goLive ?? "";
    const labels = scaleLabels("da-dk");
    const before = timeScaleFor(await loadAndSchedule(), goLive, "week", labels);

    const rows = await repos().local.getRows();
    const pl12 = rows.find((row) => row.task.id === PL12);
    if (!pl12) throw new Error("PL 12 missing from the local plan");
    // As a user typing into the list would store them: midnight in Copenhagen (UTC+1 in winter).
    await spFor(running!.emu.sites.municipality).web.lists.getByTitle("Planer").items.getById(pl12.itemId).update({
      OirLocalStart: "1900-01-01T23:00:00Z",
      OirLocalEnd: "8900-12-30T23:00:00Z"
    });

    const reread = (await repos().local.getRows()).find((row) => row.task.id === PL12);
    expect(reread?.state).toMatchObject({ localStart: "1900-01-02", localEnd: "8900-12-31" });

    const scheduled = await loadAndSchedule();
    expect(scheduled.length).toBe(rows.filter((row) => row.task.waves.includes(WAVE_5)).length);
    const task = scheduled.find((t) => t.id === PL12);
    expect(task?.effective).toEqual(task?.baseline);
    expect(task?.flags.filter((f) => f.kind === "dateOutsideWindow").map((f) => f.kind === "dateOutsideWindow" && [f.field, f.value])).toEqual([
      ["localStart", "1900-01-02"],
      ["localEnd", "8900-12-31"]
    ]);
    const after = timeScaleFor(scheduled, goLive, "week", labels);
    expect({ startDay: after.startDay, width: after.width }).toEqual({ startDay: before.startDay, width: before.width });
  });
});
