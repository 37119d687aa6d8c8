/**
 * Canonical JSON and its SHA-256, the fingerprint that freezes a plan version. Canonical = object
 * keys sorted by UTF-16 code units at every level, no whitespace, `undefined` members left out (as
 * JSON.stringify does), strings escaped as JSON.stringify escapes them (lone surrogates as \uXXXX,
 * so the text is well-formed for any Unicode). Whitespace or key order in a stored file therefore
 * never counts as a change; any change of a value does.
 *
 * SHA-256 comes from @noble/hashes: audited, dependency-free, synchronous and identical in Node and
 * the browser, so the pure core can hash without a crypto port (WebCrypto's digest is async and
 * absent on plain-HTTP pages).
 */
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/** The canonical JSON text of a JSON value; throws for values JSON cannot hold (NaN, functions…). */
export function canonicalJson(value: unknown, path = "$"): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`${path}: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case "object":
      return Array.isArray(value) ? canonicalArray(value, path) : canonicalObject(value, path);
    default:
      throw new TypeError(`${path}: a ${typeof value} is not a JSON value`);
  }
}

function canonicalArray(items: readonly unknown[], path: string): string {
  // JSON.stringify writes undefined array members as null; keep that rule.
  return `[${items.map((v, i) => (v === undefined ? "null" : canonicalJson(v, `${path}[${i}]`))).join(",")}]`;
}

function canonicalObject(value: object, path: string): string {
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      (k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k], `${path}.${k}`)}`,
    );
  return `{${entries.join(",")}}`;
}

/** SHA-256 of a text's UTF-8 bytes, as 64 lower-case hex digits. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The content hash of a JSON value: SHA-256 (hex) of its canonical JSON. */
export function contentHashOf(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
