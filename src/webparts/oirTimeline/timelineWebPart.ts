/** ØiR-tidsplan on every runtime: src/ui's TimelineRoot, with "Opret lokal tidsplan" and "Importér KLIK-opgaver". */
import * as strings from "OirTimelineWebPartStrings";
import { TimelineRoot } from "../../ui/timeline/TimelineRoot";
import type { PlanWebPartSpec } from "../shared/PlanWebPartBase";

export const TIMELINE_WEB_PART: PlanWebPartSpec = {
  rootComponent: TimelineRoot,
  offersLocalListCreation: true,
  offersKlikImport: true,
  paneDescription: strings.PropertyPaneDescription
};
