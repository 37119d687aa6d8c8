/**
 * Waits for office.js once, with a timeout: outside Office `Office.onReady` resolves with host
 * null, but when office.js is missing or cannot reach its host it may never resolve.
 */
import type { OfficeHostInfo } from "./hostInfo";

/** The slice of the Office namespace the start-up reads. */
export interface OfficeLike {
  onReady(): Promise<OfficeHostInfo>;
  readonly context?: { readonly displayLanguage?: string };
}

/** What start-up learned: the host type (null outside Office) and Office's UI language. */
export interface OfficeStartInfo {
  readonly host: Office.HostType | string | null;
  /** Office's display language (e.g. `nb-NO`), only when running inside an Office host. */
  readonly displayLanguage?: string;
}

/** How long to wait for office.js before treating the page as a plain browser page. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

/**
 * Calls `office.onReady()` once and resolves with the host and display language; resolves with
 * host null when office.js is absent or has not answered within `timeoutMs`.
 */
export async function officeReadyOnce(
  office: OfficeLike | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<OfficeStartInfo> {
  if (!office) return { host: null };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timedOut]);
    const host = info?.host ?? null;
    if (host === null) return { host: null };
    const displayLanguage = office.context?.displayLanguage;
    return displayLanguage ? { host, displayLanguage } : { host };
  } finally {
    clearTimeout(timer);
  }
}
