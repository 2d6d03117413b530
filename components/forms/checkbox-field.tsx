// A checkbox with its label on the right, an optional hint, and an error linked to it.
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { cx } from '@/components/ui/cx';

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
};

export function CheckboxField({ label, hint, error, id: givenId, className, ...props }: CheckboxFieldProps) {
  const generated = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const id = givenId ?? `case-${generated}`;
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = error ? `${id}-erreur` : undefined;
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={id}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          aria-invalid={error ? true : undefined}
          className="mt-0.5 size-5 shrink-0 rounded border-ink-400 accent-brand-700 aria-invalid:outline-2 aria-invalid:outline-danger-600"
          {...props}
        />
        <label htmlFor={id} className="text-sm text-ink-900">
          {label}
        </label>
      </div>
      {hint && (
        <p id={hintId} className="pl-8 text-sm text-ink-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 pl-8 text-sm font-medium text-danger-700">
          <span aria-hidden="true">⚠</span>
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}
