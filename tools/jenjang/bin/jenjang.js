#!/usr/bin/env node
// Runs the TypeScript sources directly (like the services in development).
require('@swc-node/register');
require('../src/main.ts');
