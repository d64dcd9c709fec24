/**
 * "@microsoft/sp-property-pane" for SPFx 1.4.1, which has no such package: its property pane
 * fields and types live in sp-webpart-base. The SharePoint Server build and type-check map the
 * package name to this module (sp2019/build/adapters.js, sp2019/tsconfig.check.json).
 */
export {
  type IPropertyPaneConfiguration,
  type IPropertyPaneField,
  type IPropertyPaneGroup,
  PropertyPaneDropdown,
  PropertyPaneTextField
} from "@microsoft/sp-webpart-base";
