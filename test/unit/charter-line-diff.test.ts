// The charter's line diff: unchanged lines kept in order, changes as removed then added lines, and
// identical texts give no change.
import { diffCounts, diffLines } from '@/lib/privacy/line-diff';

describe('diffLines', () => {
  it('reports no change for identical texts (line endings aside)', () => {
    const lines = diffLines('a\nb\nc\n', 'a\r\nb\r\nc');
    expect(diffCounts(lines)).toEqual({ added: 0, removed: 0 });
    expect(lines.map((line) => line.text)).toEqual(['a', 'b', 'c']);
  });

  it('finds a changed, an added and a removed line', () => {
    const lines = diffLines('titre\nancien\ncommun\nretiré\nfin', 'titre\nnouveau\ncommun\nfin\najout');
    expect(lines).toEqual([
      { kind: 'same', text: 'titre' },
      { kind: 'removed', text: 'ancien' },
      { kind: 'added', text: 'nouveau' },
      { kind: 'same', text: 'commun' },
      { kind: 'removed', text: 'retiré' },
      { kind: 'same', text: 'fin' },
      { kind: 'added', text: 'ajout' },
    ]);
    expect(diffCounts(lines)).toEqual({ added: 2, removed: 2 });
  });

  it('rebuilds both texts from the diff', () => {
    const before = Array.from({ length: 300 }, (_, index) => `ligne ${index % 37}`).join('\n');
    const after = Array.from({ length: 280 }, (_, index) => `ligne ${(index * 7) % 41}`).join('\n');
    const lines = diffLines(before, after);
    expect(lines.filter((line) => line.kind !== 'added').map((line) => line.text).join('\n')).toBe(before);
    expect(lines.filter((line) => line.kind !== 'removed').map((line) => line.text).join('\n')).toBe(after);
  });
});
