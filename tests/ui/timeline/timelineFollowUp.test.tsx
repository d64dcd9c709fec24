/**
 * Opfølgning (PL 12's step 8): the readiness summary counts the tasks behind today and opens
 * the list of them — slutdato passed and not fuldført, startdato passed and not påbegyndt —
 * each opening its task. The plan's Go-Live is set from today, so the test holds on any day.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { addDays, dateInTimeZone } from "../../../src/domain/isoDate";
import type { PlanData } from "../../../src/domain/model";
import { formatDate } from "../../../src/ui/common/format";
import { findGrid, memoryRepositories, renderTimeline, samplePlan, setupUser, WAVE_5 } from "./timelineTestKit";

// Whole journeys through the panel: on a busy shared machine they outlast jest's 5 s default.
jest.setTimeout(30000);

const today = dateInTimeZone(new Date());

/** Wave 5 going live 195 days from today, with KOMBIT's dates only (no local dates). */
function planBehindToday(): PlanData {
  const plan = samplePlan();
  plan.waves = plan.waves.map((w) => (w.title === WAVE_5 ? { ...w, goLive: addDays(today, 195) } : w));
  plan.local = plan.local.map(({ localStart: _s, localEnd: _e, ...rest }) => rest);
  return plan;
}

describe("Timeline follow-up (Opfølgning)", () => {
  beforeEach(() => window.history.replaceState(null, "", "/"));

  it("counts the tasks behind today in the summary and lists them, each opening its task", async () => {
    const user = setupUser();
    renderTimeline(memoryRepositories({}, planBehindToday()));
    await findGrid();
    const summary = screen.getByRole("list", { name: "Status for PL 12: planlægning og ressourcer" });
    const toggle = within(summary).getByRole("button", { name: /2 over slutdatoen · 1 ikke påbegyndt · 0 overbooket/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    await waitFor(() => expect(new URLSearchParams(window.location.search).get("oirFollowUp")).toBe("1"));

    const list = screen.getByRole("region", { name: "Opfølgning: opgaver, der er bagud i dag" });
    const overdue = Array.from(list.querySelectorAll<HTMLElement>("[data-follow-up=overdue]")).map((li) => li.textContent);
    // PL 11 ends 250 days before Go-Live (55 days ago), WE 01 222 days before (27 days ago): most late first.
    expect(overdue).toEqual([
      `PL 11 Deltag i opstartsmøde med KOMBIT for KY - Bølge 5Slutdato ${formatDate(addDays(today, -55), "da-dk")}, 55 dage siden · Ingen ansvarlig`,
      `WE 01 ØiR webinar 1: Introduktion og planlægning af ØiR implementeringSlutdato ${formatDate(addDays(today, -27), "da-dk")}, 27 dage siden · Ingen ansvarlig`
    ]);
    // OA 13 should have started 5 days ago; PL 12 and OA 12 started (påbegyndt) and are not listed.
    const late = Array.from(list.querySelectorAll<HTMLElement>("[data-follow-up=lateStart]")).map((li) => li.textContent);
    expect(late).toEqual([`OA 13 Udpeg ØiR finans administrator og ØiR debitor administratorStartdato ${formatDate(addDays(today, -5), "da-dk")}, 5 dage siden · Ingen ansvarlig`]);

    await user.click(within(list).getByRole("link", { name: /^OA 13 / }));
    // The panel says it too, where the status is changed.
    const panel = await screen.findByRole("dialog", { name: /^OA 13 / });
    expect(within(panel).getByText(`Startdatoen ${formatDate(addDays(today, -5), "da-dk")} er passeret for 5 dage siden, og opgaven er ikke påbegyndt.`)).toBeTruthy();
  });

  it("a task marked påbegyndt leaves the list", async () => {
    const user = setupUser();
    window.history.replaceState(null, "", "/?oirFollowUp=1");
    renderTimeline(memoryRepositories({}, planBehindToday()));
    await findGrid();
    const list = screen.getByRole("region", { name: /^Opfølgning/ });
    await user.click(within(list).getByRole("link", { name: /^OA 13 / }));
    await user.click(within(await screen.findByRole("dialog", { name: /^OA 13 / })).getByRole("combobox", { name: /^Udførelsesstatus/ }));
    await user.click(await screen.findByRole("option", { name: "Påbegyndt" }));
    // The panel is hidden from the accessibility tree while the dropdown's list is open.
    await user.click(await waitFor(() => within(screen.getByRole("dialog", { name: /^OA 13 / })).getByRole("button", { name: "Gem" })));
    await waitFor(() => expect(screen.getByRole("button", { name: /2 over slutdatoen · 0 ikke påbegyndt · 0 overbooket/ })).toBeTruthy());
    expect(within(screen.getByRole("region", { name: /^Opfølgning/ })).queryByRole("link", { name: /^OA 13 / })).toBeNull();
  });

  it("says so when nothing is behind", async () => {
    const user = setupUser();
    const plan = planBehindToday();
    // Go-Live 300 days from today: the first task (PL 11) starts 264 days before it, after today.
    plan.waves = plan.waves.map((w) => (w.title === WAVE_5 ? { ...w, goLive: addDays(today, 300) } : w));
    renderTimeline(memoryRepositories({}, plan));
    await findGrid();
    await user.click(screen.getByRole("button", { name: /0 over slutdatoen · 0 ikke påbegyndt · 0 overbooket/ }));
    expect(within(screen.getByRole("region", { name: /^Opfølgning/ })).getByText(/^Ingen opgaver er bagud/)).toBeTruthy();
  });

  it("lists a task booked beyond its effort (PL 12 at 64 of 37 t)", async () => {
    const user = setupUser();
    const plan = planBehindToday();
    // PL 12's sample bookings are 24 t; 40 t more makes 64 t against 5 days × 7,4 t = 37 t.
    const week = plan.bookings.find((b) => b.taskId === 519)?.weekStart ?? "2027-02-15";
    plan.bookings.push({ personEmail: "lars.mikkelsen@eksempelkommune.dk", taskId: 519, weekStart: week, hours: 40 });
    window.history.replaceState(null, "", "/?oirFollowUp=1");
    renderTimeline(memoryRepositories({}, plan));
    await findGrid();
    expect(screen.getByRole("button", { name: /· 1 overbooket$/ })).toBeTruthy();
    const list = screen.getByRole("region", { name: /^Opfølgning/ });
    expect(within(list).getByText("Booket mere end indsatsen (1)")).toBeTruthy();
    const item = list.querySelector<HTMLElement>("[data-follow-up=overBooked]");
    expect(item?.textContent).toBe("PL 12 Planlæg kommunens ØiR implementeringBooket 64 af 37 t, 27 t mere end indsatsen");
    await user.click(within(item as HTMLElement).getByRole("link", { name: /^PL 12 / }));
    expect(await screen.findByRole("dialog", { name: /^PL 12 / })).toBeTruthy();
  });
});
