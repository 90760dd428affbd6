#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { processIO } from './cli/io.js';
import { buildProgram } from './cli/program.js';

// A one-shot CLI gains nothing from V8's optimising wasm tier, and the process would wait at exit for its
// background compilation of the shell grammar (about half a second): the baseline tier alone is enough here.
setFlagsFromString('--liftoff-only');

process.exitCode = await buildProgram(processIO()).run(process.argv.slice(2));
