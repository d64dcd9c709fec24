/** Property pane of ØiR-tidsplan: where KOMBIT's plan and the municipality's plan live. */
import type { IPropertyPaneConfiguration } from "@microsoft/sp-property-pane";
import * as strings from "OirTimelineWebPartStrings";
import { buildPlanSourceGroups } from "../shared/planSourcePaneGroups";
import type { WaveChoices } from "../shared/waveChoices";

export function buildPropertyPane(tenantOrigin: string, waves: WaveChoices, currentWave: string): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: buildPlanSourceGroups(tenantOrigin, waves, currentWave)
      }
    ]
  };
}
