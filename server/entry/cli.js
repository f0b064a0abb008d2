#!/usr/bin/env node
// Package bin `tradepilot`: registers tsx so the TypeScript sources run as shipped, then runs the CLI.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('./node-cli.ts');
process.exitCode = await runCli(process.argv.slice(2), process.env);
