// Shared look of text inputs, selects and textareas, with the invalid state driven by aria-invalid.
import { cx } from './cx';

export function controlClasses(className?: string): string {
  return cx(
    'block w-full rounded-control border border-ink-400 bg-white px-3 py-2.5 text-base text-ink-900',
    'placeholder:text-ink-500 hover:border-ink-600',
    'aria-invalid:border-danger-600 aria-invalid:ring-1 aria-invalid:ring-danger-600',
    'disabled:cursor-not-allowed disabled:bg-ink-100',
    className,
  );
}
