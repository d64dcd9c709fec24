/** ØiR-tidsplan for SharePoint Server 2019/SE (SPFx 1.4.1): no Teams, no theme variants. */
import { TIMELINE_WEB_PART } from "../../webparts/oirTimeline/timelineWebPart";
import { PlanWebPartBase, type PlanWebPartSpec } from "../../webparts/shared/PlanWebPartBase";

export default class OirTimelineWebPart2019 extends PlanWebPartBase {
  protected get spec(): PlanWebPartSpec {
    return TIMELINE_WEB_PART;
  }
}
