/** Ressourcebooking: renders src/ui's BookingRoot with the PnPjs repositories of the configured sites. */
import type * as React from "react";
import type { IPropertyPaneConfiguration } from "@microsoft/sp-property-pane";
import { BookingRoot } from "../../ui/booking/BookingRoot";
import { PlanWebPartBase, type PlanRootProps } from "../shared/PlanWebPartBase";
import { buildPropertyPane } from "./buildPropertyPane";

export default class ResourceBookingWebPart extends PlanWebPartBase {
  protected get rootComponent(): React.ComponentType<PlanRootProps> {
    return BookingRoot;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(this.tenantOrigin, this.waveChoices, this.properties.defaultWave ?? "");
  }
}
