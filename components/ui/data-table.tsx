// The shell every data table shares. On a narrow screen the table scrolls sideways inside a focusable
// region named by the caption, so keyboard users can scroll it too (axe: scrollable-region-focusable).
// The region is `relative` so that sr-only text inside it does not widen the scrolling area.
import { isValidElement, type ReactNode } from 'react';
import { cx } from './cx';

/** Body cell (`<td>`). Combine with per-cell classes through `cx`. */
export const cell = 'px-3 py-2 align-top text-sm text-ink-800';
/** Row header (`<th scope="row">`): looks like a cell, without the bold a `th` gets by default. */
export const rowHeaderCell = cx(cell, 'font-normal');
/** A cell holding a number: right-aligned, with digits of equal width. */
export const numericCell = cx(cell, 'text-right tabular-nums');

// Alignment is added per column (text-left or text-right), never both: two classes for one property
// would be settled by the order of Tailwind's stylesheet, not by the order in className.
const headerCell = 'px-3 py-2 text-sm font-semibold text-ink-900 whitespace-nowrap';

/** A header cell's content, or `{ label, align: 'right' }` above a column of numbers. */
export type Column = ReactNode | { label: ReactNode; align: 'right' };

function isAligned(column: Column): column is { label: ReactNode; align: 'right' } {
  return typeof column === 'object' && column !== null && !isValidElement(column) && 'align' in column;
}

type Props = {
  /** Base of the caption's id (`${id}-legende`), which names the scrolling region: unique on the page. */
  id: string;
  caption: ReactNode;
  /** Caption read by screen readers only, where a heading right above already says what the table is. */
  captionHidden?: boolean;
  columns: Column[];
  /** Tailwind min-width class (e.g. `min-w-[48rem]`) below which the table scrolls instead of squeezing. */
  minWidth?: string;
  /** Classes for the wrapper, such as margins. */
  className?: string;
  /** The body rows (`<tr>`). */
  children: ReactNode;
};

export function DataTable({ id, caption, captionHidden = false, columns, minWidth, className, children }: Props) {
  const captionId = `${id}-legende`;
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className={cx('relative overflow-x-auto rounded-card border border-ink-200 bg-white', className)}
    >
      <table className={cx('w-full border-collapse text-left', minWidth)}>
        <caption id={captionId} className={captionHidden ? 'sr-only' : 'px-3 py-2 text-left text-sm text-ink-700'}>
          {caption}
        </caption>
        <thead className="border-b border-ink-200 bg-ink-50">
          <tr>
            {columns.map((column, index) =>
              isAligned(column) ? (
                <th key={index} scope="col" className={cx(headerCell, 'text-right')}>
                  {column.label}
                </th>
              ) : (
                <th key={index} scope="col" className={cx(headerCell, 'text-left')}>
                  {column}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-200">{children}</tbody>
      </table>
    </div>
  );
}
