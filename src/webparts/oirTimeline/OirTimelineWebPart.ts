/** ØiR-tidsplan: renders src/ui's TimelineRoot with the PnPjs repositories of the configured sites and "Opret lokal tidsplan". */
import type * as React from "react";
import type { IPropertyPaneConfiguration } from "@microsoft/sp-property-pane";
import { TimelineRoot } from "../../ui/timeline/TimelineRoot";
import { PlanWebPartBase, type PlanRootProps } from "../shared/PlanWebPartBase";
import { buildPropertyPane } from "./buildPropertyPane";

export default class OirTimelineWebPart extends PlanWebPartBase {
  protected get rootComponent(): React.ComponentType<PlanRootProps> {
    return TimelineRoot;
  }

  protected get offersLocalListCreation(): boolean {
    return true;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return buildPropertyPane(this.tenantOrigin, this.waveChoices, this.properties.defaultWave ?? "");
  }
}
