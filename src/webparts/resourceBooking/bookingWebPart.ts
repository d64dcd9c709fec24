/** Ressourcebooking on every runtime: src/ui's BookingRoot. */
import * as strings from "ResourceBookingWebPartStrings";
import { BookingRoot } from "../../ui/booking/BookingRoot";
import type { PlanWebPartSpec } from "../shared/PlanWebPartBase";

export const BOOKING_WEB_PART: PlanWebPartSpec = {
  rootComponent: BookingRoot,
  offersLocalListCreation: false,
  paneDescription: strings.PropertyPaneDescription
};
