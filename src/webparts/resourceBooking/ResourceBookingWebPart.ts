/** Ressourcebooking for SharePoint Online and Teams (the SharePoint Server one: src/sp2019/webparts). */
import type { PlanWebPartSpec } from "../shared/PlanWebPartBase";
import { ThemedPlanWebPartBase } from "../shared/ThemedPlanWebPartBase";
import { BOOKING_WEB_PART } from "./bookingWebPart";

export default class ResourceBookingWebPart extends ThemedPlanWebPartBase {
  protected get spec(): PlanWebPartSpec {
    return BOOKING_WEB_PART;
  }
}
