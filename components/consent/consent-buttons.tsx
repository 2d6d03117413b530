'use client';
// The three answers of equal prominence (CNIL): same size, same colour, same weight. Narrow enough to
// sit side by side on a 360 px screen.
import { useFormStatus } from 'react-dom';
import { cx } from '@/components/ui/cx';

export const choiceButtonClass =
  'inline-flex min-h-11 items-center justify-center rounded-control bg-brand-700 px-1 py-1 text-center text-[13px] ' +
  'leading-tight font-semibold ' +
  'text-white hover:bg-brand-800 active:bg-brand-900 disabled:cursor-not-allowed disabled:opacity-60 sm:px-4 sm:text-sm';

/** « Tout accepter » and « Tout refuser »: submit buttons of the surrounding consent form. */
export function ChoiceSubmit({ value, children, className }: { value: string; children: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name="choix" value={value} disabled={pending} className={cx(choiceButtonClass, className)}>
      {children}
    </button>
  );
}
