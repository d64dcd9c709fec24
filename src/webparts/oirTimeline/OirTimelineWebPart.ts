/** ØiR-tidsplan for SharePoint Online and Teams (the SharePoint Server one: src/sp2019/webparts). */
import type { PlanWebPartSpec } from "../shared/PlanWebPartBase";
import { ThemedPlanWebPartBase } from "../shared/ThemedPlanWebPartBase";
import { TIMELINE_WEB_PART } from "./timelineWebPart";

export default class OirTimelineWebPart extends ThemedPlanWebPartBase {
  protected get spec(): PlanWebPartSpec {
    return TIMELINE_WEB_PART;
  }
}
