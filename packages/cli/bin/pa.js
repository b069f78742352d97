#!/usr/bin/env node
// The `pa` command: runs the TypeScript sources through tsx, as every other entry point of the
// repository does (no build step). tsImport resolves tsx from this file, so `pa` works from any
// directory once npm has linked it.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/main.ts', import.meta.url);
