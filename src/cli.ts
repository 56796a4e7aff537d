#!/usr/bin/env node
// `lectern --version` answers before the program and its libraries load; every other command loads them.
// The published package starts from bundled-cli.ts instead (scripts/bundle-cli.mjs).
import { answerVersion } from './cli/package-version.js';

if (!answerVersion(process.argv.slice(2))) await (await import('./cli/program.js')).runProgram(process.argv);
