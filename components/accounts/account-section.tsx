// One section of the personal space: a titled card with an anchor for the in-page navigation.
import type { ReactNode } from 'react';
import { cx } from '@/components/ui/cx';

type AccountSectionProps = { id: string; title: string; description?: ReactNode; children: ReactNode; tone?: 'default' | 'danger' };

export function AccountSection({ id, title, description, children, tone = 'default' }: AccountSectionProps) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-titre`}
      className={cx(
        'scroll-mt-6 rounded-card border bg-white p-5 shadow-card sm:p-6',
        tone === 'danger' ? 'border-danger-100' : 'border-ink-200',
      )}
    >
      <h2 id={`${id}-titre`} className={cx('text-xl font-bold', tone === 'danger' ? 'text-danger-700' : 'text-brand-900')}>
        {title}
      </h2>
      {description && <div className="mt-1 text-sm text-ink-700">{description}</div>}
      <div className="mt-5">{children}</div>
    </section>
  );
}
