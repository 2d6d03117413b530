// Bordered white surface; `as` picks the landmark-appropriate element (article, section, li…).
import type { ElementType, HTMLAttributes } from 'react';
import { cx } from './cx';

type CardProps = HTMLAttributes<HTMLElement> & {
  as?: ElementType;
  /** Lifts the card on hover: for cards that are wholly a link. */
  interactive?: boolean;
};

export function Card({ as: Tag = 'div', interactive = false, className, ...props }: CardProps) {
  return (
    <Tag
      className={cx(
        'rounded-card border border-ink-200 bg-white p-5 shadow-card',
        interactive && 'transition-shadow hover:border-brand-300 hover:shadow-raised',
        className,
      )}
      {...props}
    />
  );
}
