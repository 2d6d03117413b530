// A line diff between two charter versions: removed lines in <del>, added ones in <ins>, each with a
// spoken « Supprimé » / « Ajouté » (colour alone says nothing to a screen reader), and long runs of
// unchanged lines folded to one line of context on each side.
import { diffCounts, type DiffLine } from '@/lib/privacy/line-diff';
import { plural } from '@/lib/format/french';

const CONTEXT = 1;

type Row = { kind: 'line'; line: DiffLine; key: number } | { kind: 'fold'; count: number; key: number };

function rows(lines: readonly DiffLine[]): Row[] {
  const changed = lines.map((line) => line.kind !== 'same');
  const near = (index: number) =>
    changed.slice(Math.max(0, index - CONTEXT), Math.min(lines.length, index + CONTEXT + 1)).some(Boolean);
  const result: Row[] = [];
  let folded = 0;
  lines.forEach((line, index) => {
    if (line.kind === 'same' && !near(index)) {
      folded += 1;
      return;
    }
    if (folded) result.push({ kind: 'fold', count: folded, key: index - 0.5 });
    folded = 0;
    result.push({ kind: 'line', line, key: index });
  });
  if (folded) result.push({ kind: 'fold', count: folded, key: lines.length });
  return result;
}

export function CharterDiff({ lines, labelledBy }: { lines: readonly DiffLine[]; labelledBy?: string }) {
  const { added, removed } = diffCounts(lines);
  if (added === 0 && removed === 0) return <p className="text-sm text-ink-700">Aucune différence avec la version précédente.</p>;
  return (
    <div>
      <p className="text-sm text-ink-700">
        {plural(added, 'ligne ajoutée', 'lignes ajoutées')}, {plural(removed, 'ligne supprimée', 'lignes supprimées')}.
      </p>
      <ol aria-labelledby={labelledBy} className="mt-2 list-none overflow-hidden rounded-card border border-ink-200 bg-white pl-0 font-mono text-sm">
        {rows(lines).map((row) =>
          row.kind === 'fold' ? (
            <li key={row.key} className="mb-0 bg-ink-50 px-3 py-1 text-ink-600 italic">
              {plural(row.count, 'ligne inchangée', 'lignes inchangées')}
            </li>
          ) : (
            <li key={row.key} className="mb-0 border-t border-ink-100 first:border-t-0">
              {row.line.kind === 'added' ? (
                <ins className="block bg-success-50 px-3 py-1 whitespace-pre-wrap text-success-800 no-underline">
                  <span aria-hidden="true">+ </span>
                  <span className="sr-only">Ajouté{'\u00a0'}: </span>
                  {row.line.text || '\u00a0'}
                </ins>
              ) : row.line.kind === 'removed' ? (
                <del className="block bg-danger-50 px-3 py-1 whitespace-pre-wrap text-danger-800">
                  <span aria-hidden="true">− </span>
                  <span className="sr-only">Supprimé{'\u00a0'}: </span>
                  {row.line.text || '\u00a0'}
                </del>
              ) : (
                <span className="block px-3 py-1 whitespace-pre-wrap text-ink-700">
                  <span aria-hidden="true">{'  '}</span>
                  {row.line.text || '\u00a0'}
                </span>
              )}
            </li>
          ),
        )}
      </ol>
    </div>
  );
}
