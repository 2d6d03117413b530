// Shared look of Button and ButtonLink, so a link and a button that do the same job look the same.
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'cta' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

const base =
  'inline-flex items-center justify-center gap-2 rounded-control font-semibold no-underline transition-colors ' +
  'disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 active:bg-brand-900',
  cta: 'bg-accent-600 text-white hover:bg-accent-700 active:bg-accent-800',
  secondary:
    'border border-ink-300 bg-white text-brand-800 hover:border-brand-400 hover:bg-brand-50 active:bg-brand-100',
  ghost: 'text-brand-700 underline-offset-4 hover:bg-brand-50 hover:underline',
  danger: 'bg-danger-600 text-white hover:bg-danger-700 active:bg-danger-800',
};

const sizes: Record<ButtonSize, string> = {
  sm: 'min-h-9 px-3 text-sm',
  md: 'min-h-11 px-4 text-base',
  lg: 'min-h-12 px-6 text-lg',
};

export function buttonClasses(
  variant: ButtonVariant = 'primary',
  size: ButtonSize = 'md',
  className?: string,
): string {
  return cx(base, variants[variant], sizes[size], className);
}
