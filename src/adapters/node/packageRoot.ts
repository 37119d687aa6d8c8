/**
 * Locates the installed package's root folder (where package.json, docs/ and manifest.xml live),
 * both from the compiled code in dist/node and from the TypeScript sources under test.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

let cached: string | undefined;

/** The folder holding this project's package.json. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, "utf8")) as { name?: string };
      if (pkg.name === "anskaffelsesplan") return (cached = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json of anskaffelsesplan not found above ${__dirname}`);
    dir = parent;
  }
}
