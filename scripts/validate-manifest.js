#!/usr/bin/env node
// Validates manifest.xml offline: first against the Office manifest XSDs with xmllint
// (../shared/reference/office-manifest, or SHARED_DIR), then with the checks the XSD cannot do:
// both hosts present, no Excel-only requirement set at the top level (it would block Project),
// every icon file exists with the right pixel size, every resid is defined (and every resource
// used), and every string has an en-US override. Usage: node scripts/validate-manifest.js [manifest.xml]
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { XMLParser } = require("fast-xml-parser");

const REQUIRED_HOSTS = ["Workbook", "Project"];
const DEFAULT_LOCALE = "nb-NO";
const OVERRIDE_LOCALE = "en-US";
/** Icon sizes the project ships in assets/ as icon-<size>.png. */
const ICON_SIZES = [16, 32, 64, 80, 128];
/** Requirement sets only Excel knows: at the top level they would stop Project loading the add-in. */
const EXCEL_ONLY_SET = /^(Excel|CustomFunctions)/i;
/** Which resource collection each referencing element must point into. */
const RESOURCE_KIND_BY_ELEMENT = {
  Image: "Images",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
};
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Finds the shared reference folder: SHARED_DIR, else the nearest `shared/` above the repo. */
function findSharedDir(repoDir) {
  if (process.env.SHARED_DIR) return path.resolve(process.env.SHARED_DIR);
  let dir = path.resolve(repoDir);
  for (;;) {
    const candidate = path.join(path.dirname(dir), "shared");
    if (fs.existsSync(path.join(candidate, "reference", "office-manifest"))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(repoDir, "..", "shared");
    dir = parent;
  }
}

/** Runs xmllint against the XSD; returns a list of problems (empty when valid). */
function validateWithXsd(manifestPath, sharedDir) {
  const xsd = path.join(sharedDir, "reference", "office-manifest", "OfficeAppManifestV1_1.xsd");
  if (!fs.existsSync(xsd)) {
    return [`XSD not found at ${xsd}: set SHARED_DIR to the folder that holds reference/office-manifest.`];
  }
  const run = spawnSync("xmllint", ["--noout", "--schema", xsd, manifestPath], { encoding: "utf8" });
  if (run.error) {
    return [`xmllint could not run (${run.error.message}): install Debian's libxml2-utils.`];
  }
  if (run.status === 0) return [];
  return run.stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.endsWith("fails to validate"))
    .map((line) => `XSD: ${line}`);
}

/** Turns fast-xml-parser's ordered output into { name, attrs, children } nodes (prefixes dropped). */
function toTree(ordered) {
  const nodes = [];
  for (const entry of ordered) {
    const key = Object.keys(entry).find((k) => k !== ":@");
    if (key === undefined || key === "#text" || key.startsWith("?")) continue;
    const attrs = {};
    for (const [name, value] of Object.entries(entry[":@"] ?? {})) attrs[localName(name)] = String(value);
    nodes.push({ name: localName(key), attrs, children: toTree(entry[key]) });
  }
  return nodes;
}

function localName(qualified) {
  const colon = qualified.indexOf(":");
  return colon === -1 ? qualified : qualified.slice(colon + 1);
}

function child(node, name) {
  return node?.children.find((c) => c.name === name);
}

function childrenNamed(node, name) {
  return node ? node.children.filter((c) => c.name === name) : [];
}

function* walk(node, ancestors = []) {
  yield { node, ancestors };
  for (const c of node.children) yield* walk(c, [...ancestors, node]);
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
function pngSize(file) {
  const header = Buffer.alloc(24);
  const fd = fs.openSync(file, "r");
  try {
    fs.readSync(fd, header, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.subarray(0, 8).equals(PNG_SIGNATURE) || header.toString("ascii", 12, 16) !== "IHDR")
    return null;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/**
 * Checks that the URL's file exists under baseDir as a size×size PNG; returns problems. `basePath`
 * is the URL path the manifest's folder is served under (e.g. `/addin/` for a build for
 * https://host/addin/): it is taken off the URL's path before looking for the file.
 */
function checkIconFile(url, size, where, baseDir, basePath = "/") {
  let pathname;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return [`${where}: "${url}" is not a URL.`];
  }
  if (!pathname.startsWith(basePath))
    return [`${where}: ${url} is not under the add-in's address ${basePath}.`];
  const file = path.join(baseDir, decodeURIComponent(pathname.slice(basePath.length - 1)));
  const shown = path.relative(baseDir, file);
  if (!fs.existsSync(file)) return [`${where}: icon file ${shown} (from ${url}) does not exist.`];
  const dims = pngSize(file);
  if (!dims) return [`${where}: ${shown} is not a PNG file.`];
  if (dims.width !== size || dims.height !== size) {
    return [`${where}: ${shown} is ${dims.width}x${dims.height} px, expected ${size}x${size} px.`];
  }
  return [];
}

/**
 * The add-in's address from DefaultSettings/SourceLocation: its origin and the folder path the
 * manifest's files are served under (`/` for https://localhost:3000/taskpane.html).
 */
function addinAddress(root) {
  const source = child(child(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue;
  try {
    const url = new URL(source ?? "");
    return { origin: url.origin, basePath: url.pathname.replace(/[^/]*$/, "") };
  } catch {
    return undefined;
  }
}

/** Every icon and page URL of the manifest must be served from the task pane's origin. */
function checkOrigins(root, address) {
  const problems = [];
  for (const { node } of walk(root)) {
    const isAddinUrl = ["IconUrl", "HighResolutionIconUrl", "SourceLocation", "Image", "Url"].includes(
      node.name,
    );
    const value = node.attrs.DefaultValue;
    if (!isAddinUrl || value === undefined) continue;
    let origin;
    try {
      origin = new URL(value).origin;
    } catch {
      problems.push(`<${node.name}>: "${value}" is not a URL.`);
      continue;
    }
    if (origin !== address.origin)
      problems.push(`<${node.name}>: ${value} is not on the task pane's origin ${address.origin}.`);
  }
  return problems;
}

/** The checks the XSD cannot do; returns a list of problems (empty when all pass). */
function checkManifest(xmlText, baseDir) {
  const problems = [];
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", preserveOrder: true });
  const root = toTree(parser.parse(xmlText)).find((n) => n.name === "OfficeApp");
  if (!root) return ["The root element OfficeApp is missing."];
  const address = addinAddress(root);
  if (!address) return ["DefaultSettings/SourceLocation: missing or not a URL."];
  problems.push(...checkOrigins(root, address));

  const hostNames = childrenNamed(child(root, "Hosts"), "Host").map((h) => h.attrs.Name);
  for (const host of REQUIRED_HOSTS) {
    if (!hostNames.includes(host)) problems.push(`Hosts: <Host Name="${host}"/> is missing.`);
  }

  for (const set of childrenNamed(child(child(root, "Requirements"), "Sets"), "Set")) {
    if (EXCEL_ONLY_SET.test(set.attrs.Name ?? "")) {
      problems.push(
        `Requirements: the Excel-only set ${set.attrs.Name} at the top level would block Project; ` +
          "move it into VersionOverrides or check it at run time with isSetSupported.",
      );
    }
  }

  const localeText = textOf(xmlText, "DefaultLocale");
  if (localeText !== DEFAULT_LOCALE) {
    problems.push(`DefaultLocale: expected ${DEFAULT_LOCALE}, found ${localeText ?? "nothing"}.`);
  }
  for (const name of ["DisplayName", "Description"]) {
    if (!hasOverride(child(root, name))) problems.push(`${name}: no ${OVERRIDE_LOCALE} <Override>.`);
  }

  const topIcons = [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ];
  for (const [name, size] of topIcons) {
    const icon = child(root, name);
    if (!icon) problems.push(`${name}: missing.`);
    else problems.push(...checkIconFile(icon.attrs.DefaultValue, size, name, baseDir, address.basePath));
  }

  problems.push(...checkResources(root, baseDir, address.basePath));
  problems.push(...checkAssetFiles(baseDir));
  return problems;
}

/** The text content of the first `element` (the tree keeps elements and attributes only). */
function textOf(xmlText, element) {
  const match = new RegExp(`<${element}>\\s*([^<]*?)\\s*</${element}>`).exec(xmlText);
  return match ? match[1] : undefined;
}

function hasOverride(node) {
  return childrenNamed(node, "Override").some((o) => o.attrs.Locale === OVERRIDE_LOCALE && o.attrs.Value);
}

/** resid references, resource definitions, icon sizes of bt:Image and en-US string overrides. */
function checkResources(root, baseDir, basePath) {
  const problems = [];
  const overrides = child(root, "VersionOverrides");
  if (!overrides) return ["VersionOverrides: missing (the Excel ribbon button lives there)."];
  const resources = child(overrides, "Resources");
  const defined = new Map();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const item of child(resources, kind)?.children ?? []) {
      const id = item.attrs.id;
      if (defined.has(id)) problems.push(`Resources: id "${id}" is defined more than once.`);
      defined.set(id, { kind, item, used: false });
    }
  }

  for (const { node, ancestors } of walk(overrides)) {
    const resid = node.attrs.resid;
    if (resid === undefined || ancestors.some((a) => a.name === "Resources")) continue;
    const where = `<${node.name} resid="${resid}">`;
    const definition = defined.get(resid);
    if (!definition) {
      problems.push(`${where}: resid "${resid}" is not defined in Resources.`);
      continue;
    }
    definition.used = true;
    const expectedKind = RESOURCE_KIND_BY_ELEMENT[node.name];
    if (expectedKind && definition.kind !== expectedKind) {
      problems.push(`${where}: points to ${definition.kind}, expected ${expectedKind}.`);
    }
    if (node.name === "Image" && definition.kind === "Images") {
      const size = Number(node.attrs.size);
      problems.push(...checkIconFile(definition.item.attrs.DefaultValue, size, where, baseDir, basePath));
    }
  }

  for (const [id, { kind, item, used }] of defined) {
    if (!used) problems.push(`Resources: ${kind} "${id}" is defined but never used.`);
    if ((kind === "ShortStrings" || kind === "LongStrings") && !hasOverride(item)) {
      problems.push(`Resources: ${kind} "${id}" has no ${OVERRIDE_LOCALE} <bt:Override>.`);
    }
  }
  return problems;
}

/** The shipped icon set: assets/icon-<size>.png for every size, each exactly size×size. */
function checkAssetFiles(baseDir) {
  return ICON_SIZES.flatMap((size) =>
    checkIconFile(`https://localhost/assets/icon-${size}.png`, size, `assets/icon-${size}.png`, baseDir),
  );
}

function main() {
  const manifestPath = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "manifest.xml"));
  if (!fs.existsSync(manifestPath)) {
    console.error(`validate-manifest: ${manifestPath} does not exist.`);
    process.exit(2);
  }
  const baseDir = path.dirname(manifestPath);
  const sharedDir = findSharedDir(path.join(__dirname, ".."));
  const problems = [
    ...validateWithXsd(manifestPath, sharedDir),
    ...checkManifest(fs.readFileSync(manifestPath, "utf8"), baseDir),
  ];
  const shown = path.relative(process.cwd(), manifestPath) || manifestPath;
  if (problems.length > 0) {
    console.error(`${shown}: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(
    `${shown}: valid (Office manifest XSD, hosts, requirement sets, icons, resids, en-US overrides)`,
  );
}

if (require.main === module) main();

module.exports = { checkManifest, pngSize, findSharedDir };
