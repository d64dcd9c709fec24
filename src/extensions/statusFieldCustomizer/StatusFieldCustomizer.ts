/**
 * Field Customizer for the Planer list's Udførelsesstatus column (OirStatus): icon and text,
 * accessible name, never colour alone. The class stays thin; ./statusCell decides and draws.
 */
import { BaseFieldCustomizer, type IFieldCustomizerCellEventParameters } from "@microsoft/sp-listview-extensibility";
import * as strings from "OirCommonStrings";
import { renderStatusCell, statusCellModel } from "./statusCell";

export default class StatusFieldCustomizer extends BaseFieldCustomizer<Record<string, never>> {
  public onRenderCell(event: IFieldCustomizerCellEventParameters): void {
    renderStatusCell(event.domElement, statusCellModel(event.fieldValue, strings));
  }

  public onDisposeCell(event: IFieldCustomizerCellEventParameters): void {
    while (event.domElement.firstChild) event.domElement.removeChild(event.domElement.firstChild);
    super.onDisposeCell(event);
  }
}
