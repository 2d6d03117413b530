// The one wrapper for form server actions: validate with the form's zod schema → load the session and
// check the role → run the handler. Invalid input returns field errors and the typed values, and
// changes nothing.
import 'server-only';
import type { z } from 'zod';
import { requireAdmin, requireAdvertiser } from '@/lib/auth/guards';
import { fieldErrorsOf, formObject, invalid, type FormState } from './form-state';

type AdvertiserContext = Awaited<ReturnType<typeof requireAdvertiser>>;
type AdminContext = Awaited<ReturnType<typeof requireAdmin>>;

type Handler<S extends z.ZodType, C> = (input: {
  data: z.output<S>;
  formData: FormData;
  session: C;
}) => Promise<FormState>;

function validated<S extends z.ZodType, C>(schema: S, load: () => Promise<C>, handler: Handler<S, C>) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    // Authorise first: an anonymous caller learns nothing, not even which fields are wrong.
    const session = await load();
    const parsed = await schema.safeParseAsync(formObject(formData));
    if (!parsed.success) return invalid(formData, fieldErrorsOf(parsed.error));
    return handler({ data: parsed.data, formData, session });
  };
}

/** For forms anyone may send (sign-up, sign-in, password reset). */
export function publicFormAction<S extends z.ZodType>(schema: S, handler: Handler<S, null>) {
  return validated(schema, async () => null, handler);
}

export function advertiserFormAction<S extends z.ZodType>(schema: S, handler: Handler<S, AdvertiserContext>) {
  return validated(schema, () => requireAdvertiser(), handler);
}

export function adminFormAction<S extends z.ZodType>(schema: S, handler: Handler<S, AdminContext>) {
  return validated(schema, () => requireAdmin(), handler);
}
