/**
 * What an access token says about itself: its delegated scopes (`scp`), application roles
 * (`roles`), user and expiry, decoded from the JWT payload WITHOUT verifying the signature (the
 * health check only reports what the token claims; Graph verifies it on every call). Graph's
 * scopes are classified for SharePoint: can the add-in write, only read, or not reach sites at all.
 */

/** The claims the health check reads. */
export interface TokenClaims {
  readonly scopes: readonly string[];
  readonly roles: readonly string[];
  /** `upn`, `preferred_username` or `unique_name`, when present. */
  readonly user?: string;
  /** Expiry in seconds since the epoch (`exp`). */
  readonly expiresAt?: number;
}

/** Scopes that let the add-in write SharePoint lists and files (Sites.Selected needs a site grant). */
export const WRITE_SCOPES = [
  "Sites.Selected",
  "Lists.SelectedOperations.Selected",
  "Sites.ReadWrite.All",
  "Sites.Manage.All",
  "Sites.FullControl.All",
] as const;
/** Scopes that only read SharePoint. */
export const READ_SCOPES = ["Sites.Read.All"] as const;

/** What the token allows on SharePoint. */
export type SiteAccess = "write" | "read" | "none";

function base64UrlToText(part: string): string {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

function words(value: unknown): string[] {
  if (typeof value === "string") return value.split(/\s+/).filter((w) => w !== "");
  if (Array.isArray(value)) return value.filter((w): w is string => typeof w === "string");
  return [];
}

/** The token's claims, or undefined when it is not a JWT (e.g. the demo server's opaque token). */
export function decodeTokenClaims(token: string): TokenClaims | undefined {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[1] === undefined || parts[1] === "") return undefined;
  let payload: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(base64UrlToText(parts[1]));
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return undefined;
    payload = parsed as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const user = [payload.upn, payload.preferred_username, payload.unique_name].find(
    (v): v is string => typeof v === "string" && v !== "",
  );
  return {
    scopes: words(payload.scp),
    roles: words(payload.roles),
    ...(user ? { user } : {}),
    ...(typeof payload.exp === "number" ? { expiresAt: payload.exp } : {}),
  };
}

/** Whether the token's scopes and roles let the add-in write, only read, or not reach sites. */
export function siteAccessOf(claims: TokenClaims): SiteAccess {
  const granted = new Set([...claims.scopes, ...claims.roles]);
  if (WRITE_SCOPES.some((s) => granted.has(s))) return "write";
  if (READ_SCOPES.some((s) => granted.has(s))) return "read";
  return "none";
}
