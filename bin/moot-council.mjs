#!/usr/bin/env node
// The `moot-council` command. Runs the TypeScript sources through tsx, so it works from a fresh
// clone without a build step (`npx moot-council --help`).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
