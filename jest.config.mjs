// Two projects: `unit` (pure rules, no database) and `integration` (real PostgreSQL, one database
// per test file cloned from a migrated template: see test/setup/).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const rootDir = path.dirname(fileURLToPath(import.meta.url));

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
  // @react-email/render loads react-dom with import(), which Jest's CommonJS sandbox cannot run
  // without --experimental-vm-modules: compile it like our code (import() becomes require()).
  transformIgnorePatterns: ['/node_modules/(?!@react-email/)'],
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
      setupFilesAfterEnv: ['<rootDir>/test/setup/integration-database.ts'],
      testTimeout: 30_000,
    },
  ],
};

export default config;
