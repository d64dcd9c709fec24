/** Ressourcebooking for SharePoint Server 2019/SE (SPFx 1.4.1): no Teams, no theme variants. */
import { BOOKING_WEB_PART } from "../../webparts/resourceBooking/bookingWebPart";
import { PlanWebPartBase, type PlanWebPartSpec } from "../../webparts/shared/PlanWebPartBase";

export default class ResourceBookingWebPart2019 extends PlanWebPartBase {
  protected get spec(): PlanWebPartSpec {
    return BOOKING_WEB_PART;
  }
}
