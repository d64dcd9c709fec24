/**
 * Shared set-up of the timeline component tests: the sample plan in the in-memory
 * repositories (a real implementation of the repository interfaces) and the root rendered
 * with them. Icon font warnings are off: jsdom cannot load fonts.
 */
import * as React from "react";
import * as fs from "fs";
import * as path from "path";
import { configure, render, screen, waitFor, within, type RenderResult } from "@testing-library/react";
import { setIconOptions } from "@fluentui/react";
import userEvent from "@testing-library/user-event";

import type { PlanData } from "../../../src/domain/model";
import { createMemoryRepositories, type MemoryOptions, type MemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import type { PlanRepositories } from "../../../src/data/repositories";
import { TimelineRoot } from "../../../src/ui/timeline/TimelineRoot";

setIconOptions({ disableWarnings: true });

// Saves wait for a 400 ms debounce; on a busy 2-core machine the default 1 s is too tight.
configure({ asyncUtilTimeout: 5000 });


export const WAVE_5 = "KY - Bølge 5";

export function samplePlan(): PlanData {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "..", "samples", "ky-boelge-5.json"), "utf8")) as PlanData;
}

export function memoryRepositories(options: MemoryOptions = {}, plan: PlanData = samplePlan()): MemoryRepositories {
  return createMemoryRepositories(plan, options);
}

export function renderTimeline(repositories: PlanRepositories, defaultWave: string = WAVE_5): RenderResult {
  return render(<TimelineRoot repositories={repositories} municipalityName="Eksempel Kommune" defaultWave={defaultWave} locale="da-dk" />);
}

/** The grid once the plan has loaded. */
export async function findGrid(): Promise<HTMLElement> {
  return screen.findByRole("grid", {}, { timeout: 3000 });
}

/**
 * The row of a task, waiting for it: the grid draws the rows in view first and the rows just
 * below them once the first frame is painted.
 */
export function findTaskRow(code: string): Promise<HTMLElement> {
  return waitFor(() => taskRow(code));
}

/** The row of a task by its code (the row's text starts with the code). */
export function taskRow(code: string): HTMLElement {
  const grid = screen.getByRole("grid");
  const row = within(grid)
    .getAllByRole("row")
    .find((r) => within(r).queryByRole("rowheader")?.textContent?.startsWith(`${code}`) === true && r.hasAttribute("data-task-id"));
  if (!row) throw new Error(`No row for ${code}`);
  return row;
}

/** The local row (item) of a task in the in-memory Planer list. */
export function storedRow(repositories: MemoryRepositories, taskId: number): { itemId: number; etag: string; value: { state: { localStart?: string; localEnd?: string; status: string; note: string; localPredecessors?: number[] } } } {
  const found = repositories.tables.local.all().find((s) => s.value.task.id === taskId);
  if (!found) throw new Error(`No stored row for task ${taskId}`);
  return found;
}

/** user-event without its own timers between steps, so the timeline's saves run inside waitFor's act(). */
export function setupUser(): ReturnType<typeof userEvent.setup> {
  return userEvent.setup({ delay: null });
}

export const PL12 = 519;
export const PL10 = 501;
