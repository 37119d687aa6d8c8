/**
 * Maps what Office.onReady reports to the hosts this add-in knows: Excel, Project, or none
 * (a plain browser page, or an Office host we do not support). Pure: takes plain values.
 */

/** The host the task pane runs in. */
export type Host = "excel" | "project" | "none";

/**
 * The part of Office.onReady's info we read. At run time `Office.HostType` values are strings
 * such as "Excel" (office.js), although @types/office-js declares a numeric enum.
 */
export interface OfficeHostInfo {
  readonly host?: Office.HostType | string | null;
}

/** Our host for Office's host type: "Excel" → excel, "Project" → project, anything else → none. */
export function hostFromOfficeInfo(info: OfficeHostInfo | null | undefined): Host {
  switch (info?.host) {
    case "Excel":
      return "excel";
    case "Project":
      return "project";
    default:
      return "none";
  }
}
