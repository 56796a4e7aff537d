#!/usr/bin/env node
// `lectern --version` answers before the program and its libraries load; every other command loads them.
import { packageVersion } from './cli/package-version.js';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) process.stdout.write(`${packageVersion()}\n`);
else await import('./cli/program.js');
