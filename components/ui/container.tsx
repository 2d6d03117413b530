// Centred wrapper with the site's horizontal padding, at one of the site's widths: the page's, a reading
// column, or a form's. The width is a prop rather than a class: two max-width classes on one element
// would be settled by the stylesheet's order, not by the caller.
import type { HTMLAttributes } from 'react';
import { cx } from './cx';

const widths = {
  page: 'max-w-page',
  narrow: 'max-w-3xl',
  medium: 'max-w-2xl',
  form: 'max-w-lg',
} as const;

type ContainerProps = HTMLAttributes<HTMLDivElement> & { width?: keyof typeof widths };

export function Container({ width = 'page', className, ...props }: ContainerProps) {
  return <div className={cx('mx-auto w-full px-4 sm:px-6 lg:px-8', widths[width], className)} {...props} />;
}
