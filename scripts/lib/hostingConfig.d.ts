// Types of scripts/lib/hostingConfig.js for TypeScript callers (tests).
import type { AddinTarget } from "./addinTarget";

export const OFFICE_FRAME_ANCESTORS: readonly string[];
/** The Content-Security-Policy for a build target. */
export function contentSecurityPolicy(target: AddinTarget, env?: Record<string, string | undefined>): string;
/** Every security header, in a stable order. */
export function securityHeaders(
  target: AddinTarget,
  env?: Record<string, string | undefined>,
): [string, string][];
export function iisWebConfig(headers: readonly (readonly [string, string])[]): string;
export function staticWebAppConfig(headers: readonly (readonly [string, string])[]): string;
export function nginxSnippet(headers: readonly (readonly [string, string])[]): string;
