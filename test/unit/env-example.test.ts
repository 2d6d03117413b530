// .env.example must document every variable lib/env.ts reads, and nothing it does not.
import fs from 'node:fs';
import path from 'node:path';
import { ENV_VARIABLES } from '@/lib/env';

const documented = fs
  .readFileSync(path.join(__dirname, '../../.env.example'), 'utf8')
  .split('\n')
  .map((line) => /^#?\s*([A-Z][A-Z0-9_]+)=/.exec(line)?.[1])
  .filter((name): name is string => Boolean(name));

test('.env.example documents every configuration variable', () => {
  expect([...new Set(documented)].sort()).toEqual([...ENV_VARIABLES].sort());
});
