/**
 * Writes a JSON value to a file piece by piece, byte for byte what `JSON.stringify(value, null, 2)`
 * and a final newline would give, without ever holding the whole text: containers near the root
 * are walked, deeper ones are stringified one at a time and written in chunks of about 32 Ki characters.
 * plan.json at 50 000 needs is several hundred MB as one string; this keeps it to a small chunk.
 */
import { open } from "node:fs/promises";

/** Containers at this depth or deeper are stringified whole (a ranked need, a scheduled need). */
const WALK_DEPTH = 4;
/**
 * Characters written at a time: below V8's large-object size (a string of 32 Ki UTF-16 units is
 * 64 KiB), so each chunk dies young instead of filling the old generation until a full collection.
 */
const CHUNK_CHARS = 1 << 15;
const INDENT = "  ";

/** What JSON.stringify would make of `value` as an object property or array element, before formatting. */
function jsonValue(value: unknown, key: string): unknown {
  const withToJson = value as { toJSON?: (key: string) => unknown } | null;
  return typeof withToJson?.toJSON === "function" ? withToJson.toJSON(key) : value;
}

/** True for values JSON.stringify leaves out of objects (and writes as null in arrays). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/** The pieces of `value`'s JSON text at `depth` (its first line is not indented, its others are). */
function* pieces(value: unknown, depth: number): Generator<string> {
  if (value === null || typeof value !== "object" || depth >= WALK_DEPTH) {
    const text = JSON.stringify(value, null, 2);
    yield depth === 0 ? text : text.replace(/\n/g, `\n${INDENT.repeat(depth)}`);
    return;
  }
  const inner = INDENT.repeat(depth + 1);
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [null, omitted(jsonValue(v, String(i))) ? null : jsonValue(v, String(i))])
    : Object.keys(value)
        .map((k): [string, unknown] => [k, jsonValue((value as Record<string, unknown>)[k], k)])
        .filter(([, v]) => !omitted(v));
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    yield `${open}${close}`;
    return;
  }
  yield `${open}\n`;
  for (let i = 0; i < entries.length; i += 1) {
    const [key, v] = entries[i] as [string | null, unknown];
    yield key === null ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* pieces(v, depth + 1);
    yield i < entries.length - 1 ? ",\n" : "\n";
  }
  yield `${INDENT.repeat(depth)}${close}`;
}

/** Writes `value` as indented JSON (two spaces) and a newline to `path`, streaming. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  const file = await open(path, "w");
  try {
    let buffer: string[] = [];
    let size = 0;
    for (const piece of pieces(jsonValue(value, ""), 0)) {
      buffer.push(piece);
      size += piece.length;
      if (size >= CHUNK_CHARS) {
        await file.write(buffer.join(""), null, "utf8");
        buffer = [];
        size = 0;
      }
    }
    buffer.push("\n");
    await file.write(buffer.join(""), null, "utf8");
  } finally {
    await file.close();
  }
}
