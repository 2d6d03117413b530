'use server';
// « Confirmer mon inscription »: the click on a page (not the GET of the e-mailed link, which mail
// scanners follow on their own) turns a pending newsletter subscription into a real one.
import { z } from 'zod';
import { prisma } from '@/lib/db/client';
import { failure, formObject, success, type FormState } from '@/lib/forms/form-state';
import { confirmNewsletterSubscription } from './lists';

const schema = z.object({ jeton: z.string().min(10).max(200) });

export async function confirmNewsletterAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = schema.safeParse(formObject(formData));
  const outcome = parsed.success ? await confirmNewsletterSubscription(prisma, parsed.data.jeton) : 'invalid';
  return outcome === 'confirmed'
    ? success('C’est fait\u00a0: votre inscription à la newsletter est confirmée. Chaque envoi contiendra un lien de désinscription en un clic.')
    : failure(formData, 'Ce lien n’est plus valable (déjà utilisé ou expiré). Votre inscription n’a pas été modifiée.');
}
