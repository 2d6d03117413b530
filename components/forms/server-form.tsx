'use client';
// A form posted to a server action (it works before hydration too), with the action's message above
// it. After an error, focus moves to the first field in error, or to the message, so that keyboard and
// screen-reader users land where the problem is.
import { useEffect, useRef, type FormHTMLAttributes, type ReactNode } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import { cx } from '@/components/ui/cx';
import { Notice } from '@/components/ui/notice';

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
        <Notice ref={messageRef} tabIndex={-1} tone={state.status === 'error' ? 'danger' : 'success'}>
          {state.message}
        </Notice>
      )}
      {children}
    </form>
  );
}
