'use client';
// A form posted to a server action (it works before hydration too), with the action's message above
// it. After an error, focus moves to the first field in error, or to the message, so that keyboard and
// screen-reader users land where the problem is.
import { useEffect, useRef, type FormHTMLAttributes, type ReactNode } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import { cx } from '@/components/ui/cx';

type ServerFormProps = Omit<FormHTMLAttributes<HTMLFormElement>, 'action'> & {
  action: (formData: FormData) => void;
  state: FormState;
  children: ReactNode;
};

export function ServerForm({ action, state, children, className, ...props }: ServerFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === 'error') {
      const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      (firstInvalid ?? messageRef.current)?.focus();
    } else if (state.status === 'success') {
      messageRef.current?.focus();
    }
  }, [state]);

  return (
    // noValidate: the server's French messages, next to each field, replace the browser's bubbles.
    <form ref={formRef} action={action} noValidate className={cx('flex flex-col gap-5', className)} {...props}>
      {state.message && (
        <div
          ref={messageRef}
          tabIndex={-1}
          role={state.status === 'error' ? 'alert' : 'status'}
          className={cx(
            'rounded-control border px-4 py-3 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-focus',
            state.status === 'error'
              ? 'border-danger-600 bg-danger-50 text-danger-800'
              : 'border-success-600 bg-success-50 text-success-800',
          )}
        >
          {state.message}
        </div>
      )}
      {children}
    </form>
  );
}
