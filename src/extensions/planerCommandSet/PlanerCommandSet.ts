/**
 * The Planer command set on SharePoint Online: the list view reports its state through
 * context.listView (SPFx 1.15+), and changed commands are announced with raiseOnChange.
 */
import { type ListViewState, PlanerCommandSetBase } from "./PlanerCommandSetBase";

export default class PlanerCommandSet extends PlanerCommandSetBase {
  protected watchListView(): void {
    this.context.listView.listViewStateChangedEvent.add(this, this.updateCommandVisibility);
  }

  protected listViewState(): ListViewState {
    return {
      listTitle: this.context.listView.list?.title,
      selectedCount: this.context.listView.selectedRows?.length ?? 0
    };
  }

  protected commandsChanged(): void {
    this.raiseOnChange();
  }
}
