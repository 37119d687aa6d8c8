/**
 * The workbook link in the open document through Office.js: a custom XML part in the link's
 * namespace (ExcelApi 1.5) or, on hosts without custom XML parts, one document setting holding the
 * same XML (ExcelApi 1.4), chosen at run time. Reading finds either (a workbook may have been
 * written on an older host); writing replaces every earlier copy. Queue-and-sync helpers only.
 */
import {
  WORKBOOK_LINK_NAMESPACE,
  WORKBOOK_LINK_SETTING,
  parseWorkbookLink,
  type WorkbookLink,
} from "../../application/workbook/workbookLink";
import type { ExcelSupport } from "./requirements";

/** The link found in the document and where its copies are (to replace them on the next write). */
export interface DocumentLink {
  /** The part's XML, undefined when the document carries none. */
  readonly xml: string | undefined;
  /** Ids of the custom XML parts in the link's namespace. */
  readonly partIds: readonly string[];
  /** True when the document setting holds a copy. */
  readonly inSettings: boolean;
}

/** Reads the link's copies: at most two syncs (part ids and setting, then the part's XML). */
export async function readDocumentLink(
  context: Excel.RequestContext,
  support: ExcelSupport,
): Promise<DocumentLink> {
  const parts = support.customXmlParts
    ? context.workbook.customXmlParts.getByNamespace(WORKBOOK_LINK_NAMESPACE).load("items/id")
    : undefined;
  const setting = context.workbook.settings.getItemOrNullObject(WORKBOOK_LINK_SETTING).load("value");
  await context.sync();
  const partIds = parts?.items.map((p) => p.id) ?? [];
  const inSettings = !setting.isNullObject && typeof setting.value === "string";
  const first = parts?.items[0];
  if (first !== undefined) {
    const xml = first.getXml();
    await context.sync();
    return { xml: xml.value, partIds, inSettings };
  }
  return { xml: inSettings ? (setting.value as string) : undefined, partIds, inSettings };
}

/** The parsed link, or undefined when the document carries none (WorkbookLinkError when unusable). */
export function linkOf(found: DocumentLink): WorkbookLink | undefined {
  return found.xml === undefined ? undefined : parseWorkbookLink(found.xml);
}

/** Queues replacing the document's link by `xml` (the caller syncs, in the write's last batch). */
export function queueWriteLink(
  context: Excel.RequestContext,
  support: ExcelSupport,
  xml: string,
  found: DocumentLink,
): void {
  for (const id of found.partIds) context.workbook.customXmlParts.getItem(id).delete();
  if (support.customXmlParts) {
    context.workbook.customXmlParts.add(xml);
    if (found.inSettings) context.workbook.settings.getItem(WORKBOOK_LINK_SETTING).delete();
  } else {
    context.workbook.settings.add(WORKBOOK_LINK_SETTING, xml);
  }
}
