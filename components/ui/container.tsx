// Centred page-width wrapper with the site's horizontal padding.
import type { HTMLAttributes } from 'react';
import { cx } from './cx';

type ContainerProps = HTMLAttributes<HTMLDivElement> & { narrow?: boolean };

export function Container({ narrow = false, className, ...props }: ContainerProps) {
  return (
    <div
      className={cx('mx-auto w-full px-4 sm:px-6 lg:px-8', narrow ? 'max-w-3xl' : 'max-w-page', className)}
      {...props}
    />
  );
}
