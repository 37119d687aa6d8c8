/**
 * The one reader of every CLI input file: bytes → text as Windows and everyone else write it.
 * UTF-8 with or without a byte order mark, UTF-16 LE or BE with a byte order mark (what Windows
 * PowerShell 5.1 writes with `>`); anything else is an InputFileError that says exactly what is wrong.
 */
import { readFile } from "node:fs/promises";
import { InputFileError, problem } from "./inputFileError";

/** The text of `file`; InputFileError names the file when it cannot be read or decoded. */
export async function readTextFile(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unknown";
    throw new InputFileError(file, [problem("read-failed", { reason: code })]);
  }
  return decodeText(bytes, file);
}

/** Decodes the bytes of an input file (see the module comment). */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return utf8(bytes.subarray(3), file, 3);
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), "utf-16le", file);
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), "utf-16be", file);
  if (looksLikeUtf16WithoutBom(bytes)) throw new InputFileError(file, [problem("utf16-without-bom")]);
  return utf8(bytes, file, 0);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Strict UTF-8; the first bad byte's offset (in the file) is named. */
function utf8(bytes: Uint8Array, file: string, skipped: number): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputFileError(file, [problem("not-utf8", { offset: skipped + firstInvalidUtf8(bytes) })]);
  }
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", file: string): string {
  if (bytes.length % 2 !== 0) throw new InputFileError(file, [problem("utf16-odd-length", { encoding })]);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputFileError(file, [problem("not-utf16", { encoding })]);
  }
}

/** Text files of ASCII-range JSON in UTF-16 have a zero byte in every other position. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64);
  if (n < 4) return false;
  let zeros = 0;
  for (let i = 0; i < n; i += 1) if (bytes[i] === 0) zeros += 1;
  return zeros >= n / 4;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (bytes.length when all are valid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return i;
}

/** Length of the valid UTF-8 sequence at `i`, 0 when it is invalid (RFC 3629 ranges). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  const [length, lo, hi] =
    b0 >= 0xc2 && b0 <= 0xdf
      ? [2, 0x80, 0xbf]
      : b0 === 0xe0
        ? [3, 0xa0, 0xbf]
        : b0 === 0xed
          ? [3, 0x80, 0x9f]
          : b0 >= 0xe1 && b0 <= 0xef
            ? [3, 0x80, 0xbf]
            : b0 === 0xf0
              ? [4, 0x90, 0xbf]
              : b0 === 0xf4
                ? [4, 0x80, 0x8f]
                : b0 >= 0xf1 && b0 <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0) return 0;
  const b1 = bytes[i + 1];
  if (b1 === undefined || b1 < lo || b1 > hi) return 0;
  for (let k = 2; k < length; k += 1) {
    const b = bytes[i + k];
    if (b === undefined || b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}
