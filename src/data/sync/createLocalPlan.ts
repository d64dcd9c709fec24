/**
 * "Opret lokal tidsplan": the first copy of the wave's master rows into the municipality's Planer.
 * Missing lists are created first (by a site owner) through the `ensureLists` the web part passes
 * (ensureLocalLists over PnPjs); then every master row of the wave not yet local is added.
 */
import type { FarmInfo, PresentationNote } from "../farm";
import type { LocalPlanRepository, MasterPlanRepository } from "../repositories";
import { applySyncChoices, previewSync, type SyncResult } from "./syncPlan";

/** What creating the lists did, in the words of ensureSchema's report. */
export interface EnsureListsReport {
  createdLists: string[];
  ok: boolean;
  /** The farm the Planer presentation was fitted to, and what it got differently (ensureLocalLists). */
  farm?: FarmInfo;
  presentationNotes?: PresentationNote[];
}

export interface CreateLocalPlanResult extends SyncResult {
  createdLists: string[];
  farm?: FarmInfo;
  /** What this farm could not show, for the report (empty where everything was applied). */
  presentationNotes: PresentationNote[];
}

export async function createLocalPlan(
  repos: { master: MasterPlanRepository; local: LocalPlanRepository },
  waveTitle: string,
  ensureLists?: () => Promise<EnsureListsReport>
): Promise<CreateLocalPlanResult> {
  const report = ensureLists ? await ensureLists() : { createdLists: [], ok: true };
  const preview = await previewSync(repos, waveTitle);
  const result = await applySyncChoices(repos.local, preview, { added: preview.diff.added.map((t) => t.id), changed: [], markWithdrawn: [] });
  return { ...result, createdLists: report.createdLists, farm: report.farm, presentationNotes: report.presentationNotes ?? [] };
}
