/**
 * The Planer command set on SharePoint Server 2019/SE (SPFx 1.4.1): there is no
 * context.listView.listViewStateChangedEvent and no raiseOnChange; the list view calls
 * onListViewUpdated on each change and reads the commands' state after it returns.
 */
import type { IListViewCommandSetListViewUpdatedParameters } from "@microsoft/sp-listview-extensibility";
import { type ListViewState, PlanerCommandSetBase } from "../../extensions/planerCommandSet/PlanerCommandSetBase";

export default class PlanerCommandSet2019 extends PlanerCommandSetBase {
  private selectedCount = 0;

  public onListViewUpdated(event: IListViewCommandSetListViewUpdatedParameters): void {
    this.selectedCount = event.selectedRows.length;
    this.updateCommandVisibility();
  }

  protected watchListView(): void {
    // SPFx 1.4.1 calls onListViewUpdated; nothing to subscribe to.
  }

  protected listViewState(): ListViewState {
    // The page context's list is the list the view shows (1.4.1 has no listView.list).
    return { listTitle: this.context.pageContext.list?.title, selectedCount: this.selectedCount };
  }

  protected commandsChanged(): void {
    // SPFx 1.4.1 reads the commands' visibility after onListViewUpdated returns.
  }
}
