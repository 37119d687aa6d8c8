/**
 * Runs scripts/validate-manifest.js (xmllint + its own checks) on the real manifest and on broken
 * copies, each broken in one way, and checks that it fails with a message naming the problem.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repo = path.join(__dirname, "..", "..");
const script = path.join(repo, "scripts", "validate-manifest.js");
const realManifest = fs.readFileSync(path.join(repo, "manifest.xml"), "utf8");

interface Run {
  readonly status: number | null;
  readonly output: string;
}

function validate(manifestPath: string): Run {
  const run = spawnSync(process.execPath, [script, manifestPath], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the manifest and its assets in a temp folder, changed by `edit`. */
function brokenCopy(edit: (xml: string, dir: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  tempDirs.push(dir);
  fs.cpSync(path.join(repo, "assets"), path.join(dir, "assets"), { recursive: true });
  const xml = edit(realManifest, dir);
  fs.writeFileSync(path.join(dir, "manifest.xml"), xml);
  return path.join(dir, "manifest.xml");
}

function replaceOnce(xml: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`test setup: "${from}" not found in manifest.xml`);
  return xml.replace(from, to);
}

describe("validate-manifest", () => {
  it("accepts the project's manifest.xml", () => {
    const run = validate(path.join(repo, "manifest.xml"));
    expect(run.output).toContain("valid");
    expect(run.status).toBe(0);
  });

  const broken: ReadonlyArray<[string, (xml: string, dir: string) => string, RegExp]> = [
    [
      "a missing Project host",
      (xml) => replaceOnce(xml, '<Host Name="Project"/>', ""),
      /<Host Name="Project"\/> is missing/,
    ],
    [
      "an Excel-only requirement set at the top level",
      (xml) =>
        replaceOnce(
          xml,
          "  <DefaultSettings>",
          '  <Requirements><Sets><Set Name="ExcelApi" MinVersion="1.8"/></Sets></Requirements>\n  <DefaultSettings>',
        ),
      /Excel-only set ExcelApi at the top level would block Project/,
    ],
    [
      "elements out of XSD order",
      (xml) =>
        replaceOnce(
          replaceOnce(xml, "<Permissions>ReadWriteDocument</Permissions>", ""),
          "  <DefaultSettings>",
          "  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>",
        ),
      /XSD: .*Permissions/,
    ],
    [
      "a resid that is not defined",
      (xml) => replaceOnce(xml, '<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'),
      /resid "Group.Missing" is not defined/,
    ],
    [
      "a string without an en-US override",
      (xml) => replaceOnce(xml, '<bt:Override Locale="en-US" Value="Show plan"/>', ""),
      /ShortStrings "TaskpaneButton.Label" has no en-US/,
    ],
    [
      "an icon of the wrong pixel size",
      (xml, dir) => {
        fs.copyFileSync(path.join(dir, "assets", "icon-16.png"), path.join(dir, "assets", "icon-80.png"));
        return xml;
      },
      /icon-80\.png is 16x16 px, expected 80x80 px/,
    ],
    [
      "a missing icon file",
      (xml, dir) => {
        fs.rmSync(path.join(dir, "assets", "icon-64.png"));
        return xml;
      },
      /HighResolutionIconUrl: icon file assets\/icon-64\.png .* does not exist/,
    ],
    [
      "a resource that is never used",
      (xml) =>
        replaceOnce(
          xml,
          "</bt:Urls>",
          '  <bt:Url id="Unused.Url" DefaultValue="https://localhost:3000/unused.html"/>\n      </bt:Urls>',
        ),
      /Urls "Unused.Url" is defined but never used/,
    ],
    [
      "a string resource used as an image",
      (xml) =>
        replaceOnce(
          xml,
          '<bt:Image size="16" resid="Icon.16x16"/>',
          '<bt:Image size="16" resid="Group.Label"/>',
        ),
      /points to ShortStrings, expected Images/,
    ],
  ];

  it.each(broken)("rejects %s with a clear message", (_name, edit, message) => {
    const run = validate(brokenCopy(edit));
    expect(run.output).toMatch(message);
    expect(run.status).toBe(1);
  });
});
