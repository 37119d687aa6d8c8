#!/usr/bin/env node
// Renders assets/icon.svg to the PNG icons the manifest references (16, 32, 64, 80, 128 px)
// with headless Chromium (playwright-core + Debian's /usr/bin/chromium), at exact pixel sizes
// with a transparent background. Run after editing the SVG: `node scripts/make-icons.js`.
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");
const { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromiumInstalled } = require("./lib/chromium");

/** Icon sizes in pixels; the validator checks every referenced file against its size. */
const ICON_SIZES = [16, 32, 64, 80, 128];
const assetsDir = path.join(__dirname, "..", "assets");

async function main() {
  const svg = fs.readFileSync(path.join(assetsDir, "icon.svg"), "utf8");
  assertChromiumInstalled();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      const file = path.join(assetsDir, `icon-${size}.png`);
      await page.screenshot({
        path: file,
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await page.close();
      console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`make-icons failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
