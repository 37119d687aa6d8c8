// Types of scripts/lib/addinTarget.js for TypeScript callers (tests).

/** Where the built add-in lives and what it loads. */
export interface AddinTarget {
  readonly baseUrl: string;
  readonly origin: string;
  readonly version: string;
  readonly officeJs: "cdn" | "local";
  readonly officeJsSrc: string;
  readonly supportUrl: string;
  readonly sharePointOrigin: string;
}

export const OFFICE_JS_CDN: string;
export const OFFICE_JS_LOCAL: string;
export const DEV_BASE_URL: string;
/** Normalises a base address (https, ends in "/"); throws a clear error. */
export function normaliseBaseUrl(text: string): string;
/** "1.2.3" → "1.2.3.0"; throws unless 1–4 numbers < 65536. */
export function manifestVersion(version: string): string;
/** The build target from the environment and the webpack mode. */
export function resolveAddinTarget(options: {
  env: Record<string, string | undefined>;
  mode: "development" | "production";
  packageVersion: string;
  devPort?: number;
}): AddinTarget;
/** manifest.xml rewritten for the target (addresses, Version, SupportUrl; Id kept). */
export function manifestForTarget(xmlText: string, target: AddinTarget): string;
