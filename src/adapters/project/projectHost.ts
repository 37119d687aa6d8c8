/**
 * Picks the Project task port for the running host: the Office.js adapter in Project on Windows
 * (the only platform with the task index and set methods), nothing elsewhere.
 */
import type { ProjectTaskPort } from "../../application/project/projectTaskPort";
import { createOfficeProjectTaskPort } from "./officeProjectTaskPort";

/** The port for the current Office host, or undefined outside Project on Windows. */
export function projectTaskPortForHost(): ProjectTaskPort | undefined {
  if (typeof Office === "undefined" || !Office.context) return undefined;
  if (Office.context.host !== Office.HostType.Project) return undefined;
  if (Office.context.platform !== Office.PlatformType.PC) return undefined;
  // The date format is not taken from Office.context.contentLanguage (the editing language, not the
  // regional format Project parses with): the use cases infer and confirm it from Project's dates.
  return createOfficeProjectTaskPort(Office.context.document, {
    failedStatus: Office.AsyncResultStatus.Failed,
  });
}
