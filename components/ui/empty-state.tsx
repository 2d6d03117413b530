// What a list shows when it has nothing: a title, an explanation and what to do next.
import type { ReactNode } from 'react';
import { cx } from './cx';

type EmptyStateProps = {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  headingLevel?: 'h2' | 'h3';
  className?: string;
};

export function EmptyState({ title, children, action, headingLevel: Heading = 'h2', className }: EmptyStateProps) {
  return (
    <div
      className={cx(
        'rounded-card border border-dashed border-ink-300 bg-ink-50 px-6 py-10 text-center',
        className,
      )}
    >
      <Heading className="text-xl font-semibold text-ink-950">{title}</Heading>
      {children && <div className="mx-auto mt-3 max-w-prose text-ink-700">{children}</div>}
      {action && <div className="mt-6 flex flex-wrap justify-center gap-3">{action}</div>}
    </div>
  );
}
