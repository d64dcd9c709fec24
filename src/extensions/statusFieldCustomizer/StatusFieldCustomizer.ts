/**
 * Field Customizer for the Planer list's Udførelsesstatus column (OirStatus): icon and text,
 * accessible name, never colour alone. The class stays thin; ./statusCell decides and draws.
 */
import { BaseFieldCustomizer, type IFieldCustomizerCellEventParameters } from "@microsoft/sp-listview-extensibility";
import * as strings from "OirCommonStrings";
import { renderStatusCell, statusCellModel } from "./statusCell";
import { ensureStatusIconFonts } from "./statusIconFont";

export default class StatusFieldCustomizer extends BaseFieldCustomizer<Record<string, never>> {
  public onInit(): Promise<void> {
    // The glyphs' fonts are in the package beside this bundle: no CDN, so a farm offline draws them too.
    const baseUrl = this.manifest.loaderConfig.internalModuleBaseUrls?.[0];
    if (!baseUrl) return Promise.reject(new Error("The field customizer's manifest has no internalModuleBaseUrls: the icon fonts cannot be located"));
    ensureStatusIconFonts(document, baseUrl);
    return Promise.resolve();
  }

  public onRenderCell(event: IFieldCustomizerCellEventParameters): void {
    renderStatusCell(event.domElement, statusCellModel(event.fieldValue, strings));
  }

  public onDisposeCell(event: IFieldCustomizerCellEventParameters): void {
    while (event.domElement.firstChild) event.domElement.removeChild(event.domElement.firstChild);
    super.onDisposeCell(event);
  }
}
