// The box that tells the outcome of an action: a success is announced politely (status), a problem
// at once (alert). Focusable by script, so a form can move focus to it after posting.
import type { ComponentProps } from 'react';
import { cx } from './cx';

export type NoticeTone = 'success' | 'danger';

const tones: Record<NoticeTone, string> = {
  success: 'border-success-600 bg-success-50 text-success-800',
  danger: 'border-danger-600 bg-danger-50 text-danger-800',
};

type NoticeProps = ComponentProps<'div'> & { tone: NoticeTone };

export function Notice({ tone, className, ...props }: NoticeProps) {
  return (
    <div
      role={tone === 'danger' ? 'alert' : 'status'}
      className={cx(
        'rounded-control border px-4 py-3 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-focus',
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}
