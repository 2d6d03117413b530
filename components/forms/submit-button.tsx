'use client';
// The submit button of a ServerForm: disabled while the action runs, with a spoken « … en cours ».
import { useFormStatus } from 'react-dom';
import { Button, type ButtonProps } from '@/components/ui/button';

export function SubmitButton({ children, pendingLabel, ...props }: ButtonProps & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} {...props}>
      {pending ? (pendingLabel ?? 'Envoi en cours…') : children}
    </Button>
  );
}
