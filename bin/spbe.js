#!/usr/bin/env node
// The `spbe` command. Runs the TypeScript sources through tsx so that a fresh clone needs no build step.
"use strict";
require("tsx/cjs");
require("../cli/main.ts")
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err) => {
    process.stderr.write(`spbe: internal error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  });
