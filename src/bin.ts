#!/usr/bin/env node
import { processIO } from './cli/io.js';
import { buildProgram } from './cli/program.js';

process.exitCode = await buildProgram(processIO()).run(process.argv.slice(2));
