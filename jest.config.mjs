// Two projects: `unit` (pure rules, no database) and `integration` (real PostgreSQL, one database
// per test file cloned from a migrated template: see test/setup/).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rootDir = path.dirname(fileURLToPath(import.meta.url));

/** The ESM-only packages (`"type": "module"`) among these packages and their dependencies. */
function esmOnlyPackages(roots) {
  const seen = new Set();
  const esm = [];
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const file = path.join(rootDir, 'node_modules', name, 'package.json');
    if (!fs.existsSync(file)) return;
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (manifest.type === 'module') esm.push(name);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency);
  };
  roots.forEach(visit);
  return esm;
}

// Jest's CommonJS sandbox (Node 20, no --experimental-vm-modules) cannot load ES modules: these are
// compiled like our code. @react-email/render loads react-dom with import(); react-markdown and its
// unified/micromark family are ESM-only.
const compiledPackages = ['@react-email/', ...esmOnlyPackages(['react-markdown']).map((name) => `${name}/`)];

const transform = {
  '^.+\\.(c|m)?(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
        // Resolved at compile time too: globalSetup runs outside Jest's moduleNameMapper.
        baseUrl: rootDir,
        paths: { '@/*': ['./*'] },
      },
      module: { type: 'commonjs' },
    },
  ],
};

const shared = {
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${compiledPackages.map((name) => name.replace(/[.]/g, '\\.')).join('|')}))`],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^server-only$': '<rootDir>/scripts/server-only-allowed.ts',
  },
};

const config = {
  // Integration files each hold a database and connections: keep the load bounded.
  maxWorkers: 2,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts?(x)', '<rootDir>/lib/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      // Also sets the integration tests' timeout (a project cannot: Jest reads testTimeout globally only).
      setupFilesAfterEnv: ['<rootDir>/test/setup/integration-database.ts'],
    },
  ],
};

export default config;
