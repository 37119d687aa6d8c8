// Recalculates .xlsx files with LibreOffice headless (full recalculation forced through a private
// profile with OOXMLRecalcMode=0) and returns the converted files' paths, as .xlsx or as PDF (with
// the profile's locale set, e.g. nb-NO). One soffice run per call.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The profile settings: always recalculate; with a locale, that locale for formats and the UI. */
function profileSettings(locale: string | undefined): string {
  if (locale === undefined) return RECALC_ALWAYS;
  const l10n = (name: string) =>
    `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="${name}" oor:op="fuse"><value>${locale}</value></prop></item>\n`;
  return RECALC_ALWAYS.replace(
    "</oor:items>",
    `${l10n("ooSetupSystemLocale")}${l10n("ooLocale")}</oor:items>`,
  );
}

/** Path of soffice, or a clear error when LibreOffice (libreoffice-calc-nogui) is not installed. */
export function sofficePath(): string {
  for (const p of ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]) {
    if (existsSync(p)) return p;
  }
  throw new Error(
    "LibreOffice is not installed: install the Debian package libreoffice-calc-nogui (CI does).",
  );
}

/** Converts the files to .xlsx in a new directory with LibreOffice, recalculating every formula. */
export function recalcWithLibreOffice(files: readonly string[]): string[] {
  return convertWithLibreOffice(files, "xlsx");
}

/** Converts the files to `format` (xlsx, pdf) with LibreOffice, recalculating; `locale` e.g. nb-NO. */
export function convertWithLibreOffice(
  files: readonly string[],
  format: "xlsx" | "pdf",
  locale?: string,
): string[] {
  const work = mkdtempSync(join(tmpdir(), "excel-lo-"));
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), profileSettings(locale));
  const out = join(work, "out");
  mkdirSync(out);
  execFileSync(
    sofficePath(),
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      format,
      "--outdir",
      out,
      ...files,
    ],
    {
      stdio: "pipe",
      timeout: 180_000,
      env: locale ? { ...process.env, LANG: `${locale.replace("-", "_")}.UTF-8` } : process.env,
    },
  );
  return files.map((f) => {
    const converted = join(out, basename(f).replace(/\.xlsx$/, `.${format}`));
    if (!existsSync(converted)) throw new Error(`LibreOffice did not convert ${f}`);
    return converted;
  });
}
