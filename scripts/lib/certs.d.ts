// Types of scripts/lib/certs.js for TypeScript callers (tests).

/** The dev server's key and certificate (PEM) and where they are stored. */
export interface DevCerts {
  readonly key: string;
  readonly cert: string;
  readonly keyPath: string;
  readonly certPath: string;
  /** True when this call generated a new pair. */
  readonly created: boolean;
}

/** Default folder of the key and certificate (.certs/ in the repo). */
export const DEFAULT_CERT_DIR: string;
/** True when the PEM certificate is valid now and for at least another day. */
export function isCurrent(certPem: string): boolean;
/** Returns the dev certificate in `dir`, generating it when missing or expired. */
export function ensureDevCerts(dir?: string): Promise<DevCerts>;
