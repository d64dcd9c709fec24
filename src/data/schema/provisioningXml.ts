/**
 * The feature files that provision the municipality's lists with the solution package
 * (sharepoint/assets): an Elements file with one ListInstance per list, and one list schema
 * (CustomSchema) per list with its fields (Oir internal names, Danish display names, indexes),
 * a default view and the forms. Generated from schema.json and, for Planer, the status presentation
 * the app also applies at run time (ensureLocalLists): the Field Customizer and column format on
 * OirStatus, the view format as the default view's CustomFormatter. A unit test keeps the files in step.
 */
import { escapeXml, fieldXml } from "./fieldXml";
import { fieldsOf, ListSchema, SchemaField, SchemaList } from "./listSchema";

/** The Custom List feature that defines TemplateType 100. */
const CUSTOM_LIST_FEATURE = "00bfea71-de22-43b2-a848-c05709900100";
/** SharePoint's built-in Title field. */
const TITLE_FIELD_ID = "{fa564e0f-0c70-4ab9-b863-0177e6ddd247}";

/** How the municipality's Planer list shows status (the same values as PLANER_PRESENTATION). */
export interface ProvisionedPresentation {
  /** Row format of Planer's default view. */
  viewFormat?: object;
  /** Column format of OirStatus. */
  statusFormat?: object;
  /** Component id of the status Field Customizer (src/extensions/statusFieldCustomizer). */
  statusFieldCustomizerId?: string;
}

/** The list and column the presentation belongs to. */
const PRESENTED_LIST = "localPlan";
const STATUS_FIELD = "OirStatus";

export interface ProvisioningFile {
  name: string;
  content: string;
}

/** Web-relative URL of a list: ASCII, e.g. "Lists/Ressourcebookinger". */
export function listUrl(list: SchemaList): string {
  const ascii = list.title.replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa").replace(/Æ/g, "Ae").replace(/Ø/g, "Oe").replace(/Å/g, "Aa");
  return `Lists/${ascii.replace(/[^A-Za-z0-9]/g, "")}`;
}

function schemaFileName(list: SchemaList): string {
  return `schema-${list.key}.xml`;
}

function titleField(field: SchemaField): string {
  return `<Field ID="${TITLE_FIELD_ID}" Type="Text" Name="Title" StaticName="Title" DisplayName="${escapeXml(field.displayName)}" Required="FALSE" SourceID="http://schemas.microsoft.com/sharepoint/v3" />`;
}

function listSchemaXml(schema: ListSchema, list: SchemaList, idFor: (name: string) => string, presentation: ProvisionedPresentation): string {
  const fields = fieldsOf(schema, list);
  const presented = list.key === PRESENTED_LIST ? presentation : {};
  const fieldLines = fields.map((f) => {
    if (f.builtIn) return f.internalName === "Title" ? titleField(f) : "";
    const target = f.lookupList ? schema.lists.find((l) => l.key === f.lookupList) : undefined;
    const lookupListRef = target ? (target.key === list.key ? "Self" : listUrl(target)) : undefined;
    const status = f.internalName === STATUS_FIELD ? { clientSideComponentId: presented.statusFieldCustomizerId, customFormatter: presented.statusFormat } : {};
    return fieldXml(f, { id: idFor(`${list.key}.${f.internalName}`), lookupListRef, ...status });
  });
  const viewFormat = presented.viewFormat ? [`        <CustomFormatter>${escapeXml(JSON.stringify(presented.viewFormat))}</CustomFormatter>`] : [];
  const viewFields = fields.map((f) => `<FieldRef Name="${f.internalName === "Title" ? "LinkTitle" : f.internalName}" />`);
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<List xmlns:ows="Microsoft SharePoint" Title="${escapeXml(list.title)}" EnableContentTypes="FALSE" FolderCreation="FALSE" Direction="$Resources:Direction;" Url="${listUrl(list)}" BaseType="0" xmlns="http://schemas.microsoft.com/sharepoint/">`,
    `  <MetaData>`,
    `    <ContentTypes>`,
    `      <ContentTypeRef ID="0x01"><Folder TargetName="Item" /></ContentTypeRef>`,
    `    </ContentTypes>`,
    `    <Fields>`,
    ...fieldLines.filter((l) => l !== "").map((l) => `      ${l}`),
    `    </Fields>`,
    `    <Views>`,
    `      <View BaseViewID="1" Type="HTML" WebPartZoneID="Main" DisplayName="Alle elementer" DefaultView="TRUE" MobileView="TRUE" MobileDefaultView="TRUE" SetupPath="pages\\viewpage.aspx" ImageUrl="/_layouts/images/generic.png" Url="AllItems.aspx">`,
    `        <XslLink Default="TRUE">main.xsl</XslLink>`,
    `        <JSLink>clienttemplates.js</JSLink>`,
    `        <RowLimit Paged="TRUE">30</RowLimit>`,
    `        <Toolbar Type="Standard" />`,
    `        <ViewFields>${viewFields.join("")}</ViewFields>`,
    `        <Query><OrderBy><FieldRef Name="ID" /></OrderBy></Query>`,
    ...viewFormat,
    `      </View>`,
    `    </Views>`,
    `    <Forms>`,
    `      <Form Type="DisplayForm" Url="DispForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />`,
    `      <Form Type="EditForm" Url="EditForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />`,
    `      <Form Type="NewForm" Url="NewForm.aspx" SetupPath="pages\\form.aspx" WebPartZoneID="Main" />`,
    `    </Forms>`,
    `  </MetaData>`,
    `</List>`,
    ``
  ].join("\n");
}

/**
 * lists.xml plus one schema file per list of the municipality's site, in dependency order (a
 * lookup's target list first). `idFor` gives each field a stable GUID ("{…}") from its name;
 * `presentation` goes on Planer's OirStatus column and default view.
 */
export function provisioningFiles(schema: ListSchema, idFor: (name: string) => string, presentation: ProvisionedPresentation = {}): ProvisioningFile[] {
  const lists = schema.lists.filter((l) => l.site === "municipality");
  const ordered = [...lists].sort((a, b) => Number(dependsOn(schema, a, b)) - Number(dependsOn(schema, b, a)));
  const instances = ordered.map(
    (l) =>
      `  <ListInstance CustomSchema="${schemaFileName(l)}" FeatureId="${CUSTOM_LIST_FEATURE}" Title="${escapeXml(l.title)}" Description="${escapeXml(l.description ?? "")}" TemplateType="100" Url="${listUrl(l)}" />`
  );
  const elements = [`<?xml version="1.0" encoding="utf-8"?>`, `<Elements xmlns="http://schemas.microsoft.com/sharepoint/">`, ...instances, `</Elements>`, ``].join("\n");
  return [{ name: "lists.xml", content: elements }, ...ordered.map((l) => ({ name: schemaFileName(l), content: listSchemaXml(schema, l, idFor, presentation) }))];
}

/** Whether list a has a lookup to list b (so b must exist first). */
function dependsOn(schema: ListSchema, a: SchemaList, b: SchemaList): boolean {
  return a.key !== b.key && fieldsOf(schema, a).some((f) => f.lookupList === b.key);
}
