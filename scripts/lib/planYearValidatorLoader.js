// Webpack loader: turns docs/schemas/plan-year.schema.json (imported with `?validator`) into Ajv's
// standalone validation code, compiled at build time with the plan-input schema it refers to. The
// pane's Content-Security-Policy allows no eval, so Ajv cannot compile schemas in the browser.
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const Ajv2020 = require("ajv/dist/2020").default;
const standaloneCode = require("ajv/dist/standalone").default;

module.exports = function planYearValidatorLoader(source) {
  const planInputPath = path.join(path.dirname(this.resourcePath), "plan-input.schema.json");
  this.addDependency(planInputPath);
  // The same options as compilePlanYearValidator (src/application/planYear/planYearFile.ts).
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true } });
  ajv.addSchema(JSON.parse(fs.readFileSync(planInputPath, "utf8")));
  const validate = ajv.compile(JSON.parse(source));
  return standaloneCode(ajv, validate);
};
