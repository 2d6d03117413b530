// A labelled form field: label, control, hint and error message, wired together with
// aria-describedby and aria-invalid. Works with react-hook-form: spread `register(name)` on it
// (the `ref` prop is forwarded to the input), or use `render` for a textarea or a select.
import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { cx } from './cx';
import { controlClasses } from './field-styles';

export type FieldControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
  className: string;
};

export type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: ReactNode;
  hint?: ReactNode;
  /** French message shown under the field; marks the control aria-invalid. */
  error?: string;
  /** Shows « (facultatif) » after the label. */
  optional?: boolean;
  /** Renders the label for screen readers only (e.g. a compact search bar). */
  hideLabel?: boolean;
  labelClassName?: string;
  wrapperClassName?: string;
  ref?: Ref<HTMLInputElement>;
  /** Render another control (textarea, select…) with the wiring props instead of an input. */
  render?: (control: FieldControlProps) => ReactNode;
};

export function Field({
  label,
  hint,
  error,
  optional = false,
  hideLabel = false,
  labelClassName,
  wrapperClassName,
  id: givenId,
  className,
  render,
  required,
  ...inputProps
}: FieldProps) {
  const generatedId = useId();
  const id = givenId ?? `champ-${generatedId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = error ? `${id}-erreur` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  const control: FieldControlProps = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    required,
    className: controlClasses(className),
  };

  return (
    <div className={cx('flex flex-col gap-1.5', wrapperClassName)}>
      <label
        htmlFor={id}
        className={cx(hideLabel ? 'sr-only' : 'text-sm font-semibold text-ink-900', labelClassName)}
      >
        {label}
        {optional && <span className="font-normal text-ink-600">{'\u00a0(facultatif)'}</span>}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-ink-600">
          {hint}
        </p>
      )}
      {render ? render(control) : <input {...inputProps} {...control} />}
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-danger-700">
          <span aria-hidden="true">⚠</span>
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}
