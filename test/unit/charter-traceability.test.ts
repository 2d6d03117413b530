// docs/charte.md traces each promise of the charter to the tests that prove it. This keeps that table
// true: every test file it names exists, and every test it quotes (« … ») is still written in that file,
// so renaming or deleting a proof without updating the table fails here.
import fs from 'node:fs';
import path from 'node:path';

type Proof = { file: string; testName: string };

const TEST_PATH = /`((?:e2e|test\/(?:unit|integration))\/[^`]+)`/;

/** The top-level « … » spans of a text; a test name may itself quote something in « ». */
function quoted(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '«') {
      if (depth === 0) start = index + 1;
      depth += 1;
    } else if (text[index] === '»' && depth > 0) {
      depth -= 1;
      if (depth === 0) names.push(text.slice(start, index).trim());
    }
  }
  return names;
}

/** Each table row's last column: test paths, each followed by the names of its tests. */
function proofsOf(markdown: string): { files: string[]; proofs: Proof[] } {
  const files: string[] = [];
  const proofs: Proof[] = [];
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|') || line.startsWith('|---')) continue;
    const proofColumn = line.split(' | ').at(-1) ?? '';
    const parts = proofColumn.split(TEST_PATH);
    for (let index = 1; index < parts.length; index += 2) {
      const file = parts[index];
      files.push(file);
      for (const testName of quoted(parts[index + 1])) proofs.push({ file, testName });
    }
  }
  return { files, proofs };
}

/** Spaces as typed in code: the table may use non-breaking ones where the test name has plain ones. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('docs/charte.md, the charter traced to its proofs', () => {
  const root = process.cwd();
  const { files, proofs } = proofsOf(fs.readFileSync(path.join(root, 'docs', 'charte.md'), 'utf8'));

  it('names test files, and quotes tests, for the promises it lists', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(proofs.length).toBeGreaterThan(100);
  });

  it('names only test files that exist', () => {
    const missing = [...new Set(files)].filter((file) => !fs.existsSync(path.join(root, file)));
    expect(missing).toEqual([]);
  });

  it('quotes only tests that are still written in the file it names', () => {
    const sources = new Map<string, string>();
    const read = (file: string) => {
      if (!sources.has(file)) sources.set(file, plainSpaces(fs.readFileSync(path.join(root, file), 'utf8')).replace(/\\'/g, "'"));
      return sources.get(file) ?? '';
    };
    const stale = proofs
      .filter(({ file }) => fs.existsSync(path.join(root, file)))
      .filter(({ file, testName }) => !read(file).includes(plainSpaces(testName)))
      .map(({ file, testName }) => `${file} › « ${testName} »`);
    expect(stale).toEqual([]);
  });
});
