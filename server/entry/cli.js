#!/usr/bin/env node
// Package bin `tradepilot`: registers tsx so the TypeScript sources run as shipped, then runs the CLI.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../surfaces/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), process.env);
