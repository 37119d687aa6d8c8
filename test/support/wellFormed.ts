// Test helper: well-formedness of every XML part of an .xlsx and of Project XML, checked by xmllint
// (a real XML reader, not our own code), and the text of every part for leak checks.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";

/** xmllint's complaint about `xml`, or "" when it is well-formed. */
export function xmllintProblems(xml: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "wellformed-"));
  const file = join(dir, "part.xml");
  writeFileSync(file, xml);
  const r = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
  if (r.error) throw new Error("xmllint is not installed (Debian package libxml2-utils)");
  return r.status === 0 ? "" : r.stderr;
}

/** Every XML part (`*.xml`, `*.rels`) of an .xlsx file, by path, as bytes. */
export async function xlsxXmlParts(file: string): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = new Map<string, Uint8Array>();
  for (const [path, entry] of Object.entries(zip.files))
    if (!entry.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await entry.async("uint8array"));
  return parts;
}

/** The parts of an .xlsx that xmllint rejects, with its messages (empty when all are well-formed). */
export async function malformedXlsxParts(file: string): Promise<string[]> {
  const bad: string[] = [];
  for (const [path, bytes] of await xlsxXmlParts(file)) {
    const problems = xmllintProblems(bytes);
    if (problems !== "") bad.push(`${path}: ${problems}`);
  }
  return bad;
}

/** All text of an .xlsx's XML parts, joined (for "this text appears nowhere" checks). */
export async function xlsxText(file: string): Promise<string> {
  const decoder = new TextDecoder();
  return [...(await xlsxXmlParts(file)).values()].map((b) => decoder.decode(b)).join("\n");
}
