/**
 * The KLIK import in a side panel, as the timeline web part opens it for whoever may edit
 * KOMBIT's Planer. Loaded on demand (./LazyKlikImportDrawer): the KLIK parser and the panel are
 * code a reader never needs.
 */
import * as React from "react";
import { Panel, PanelType } from "@fluentui/react";
import * as strings from "OirCommonStrings";
import { KlikImportPanel, type KlikImportPanelProps } from "./KlikImportPanel";

export interface KlikImportDrawerProps extends KlikImportPanelProps {
  onDismiss: () => void;
}

export function KlikImportDrawer({ onDismiss, ...panel }: KlikImportDrawerProps): JSX.Element {
  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      hasCloseButton={true}
      closeButtonAriaLabel={strings.KlikImportClose}
      isLightDismiss={false}
      onDismiss={onDismiss}
      // The import panel brings its own heading, so the dialog gets its name here (no headerText).
      popupProps={{ ariaLabel: strings.KlikImportTitle }}
    >
      <KlikImportPanel {...panel} />
    </Panel>
  );
}
