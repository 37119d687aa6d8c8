#!/usr/bin/env node
// Entry point of the `anskaffelsesplan` CLI: runs the compiled composition root (npm install builds it).
"use strict";
require("../dist/node/cli/main.js")
  .main(process.argv)
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
