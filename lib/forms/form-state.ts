// The state a form's server action returns: a message, one French error per field (shown next to the
// field by components/forms), and the values typed, so that nothing is lost after an error.
// Passwords are never sent back.
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type FormState = {
  status: 'idle' | 'error' | 'success';
  /** Shown above the form (role="alert" for errors, role="status" for successes). */
  message?: string;
  fieldErrors?: FieldErrors;
  /** What the user typed, except secrets; the form shows it back. */
  values?: Record<string, string>;
};

export const initialFormState: FormState = { status: 'idle' };

const SECRET_FIELD = /password/i;

/** The typed values to show back: every text entry except passwords, plus ticked checkboxes. */
export function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === 'string' && !SECRET_FIELD.test(name) && !name.startsWith('$')) values[name] = value;
  }
  return values;
}

/** The first message of each field, keyed by the field's name. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

export const GENERIC_ERROR_MESSAGE = 'Certains champs sont à corriger : voir les messages ci-dessous.';

export function invalid(formData: FormData, fieldErrors: FieldErrors, message = GENERIC_ERROR_MESSAGE): FormState {
  return { status: 'error', message, fieldErrors, values: echoValues(formData) };
}

export function failure(formData: FormData, message: string): FormState {
  return { status: 'error', message, values: echoValues(formData) };
}

export function success(message: string): FormState {
  return { status: 'success', message };
}

/** Reads a FormData into a plain object for zod (checkboxes: 'on' when ticked, absent otherwise). */
export function formObject(formData: FormData): Record<string, string> {
  const object: Record<string, string> = {};
  for (const [name, value] of formData.entries()) if (typeof value === 'string') object[name] = value;
  return object;
}
