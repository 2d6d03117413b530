'use server';
// The server actions of /avis (anyone may call them, no session): step 1 checks the code, step 2
// publishes the review. Every refusal keeps what was typed.
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { clientIp } from '@/lib/auth/request-context';
import { failure, fieldErrorsOf, formObject, invalid, success } from '@/lib/forms/form-state';
import { retryAfterText } from '@/lib/security/rate-limit';
import { checkReviewCode, INVALID_CODE_MESSAGE, submitReview } from './redemption';
import type { CodeCheckState, ReviewSubmitState } from './redeem-state';
import { redeemCodeSchema, reviewSchema } from './schema';

const TOO_MANY = 'Trop de codes erronés ont été saisis depuis votre connexion.';
const LISTING_UNAVAILABLE = 'L’annonce de ce professionnel n’est plus en ligne\u00a0: votre avis ne peut pas être publié pour le moment.';

export async function checkReviewCodeAction(_previous: CodeCheckState, formData: FormData): Promise<CodeCheckState> {
  const parsed = redeemCodeSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(formData, fieldErrorsOf(parsed.error), 'Saisissez votre code d’évaluation.');
  const result = await checkReviewCode(parsed.data.code, { ip: clientIp(await headers()) });
  switch (result.kind) {
    case 'valid':
      return { status: 'idle', redeemable: result.redeemable };
    case 'invalid':
      return invalid(formData, { code: INVALID_CODE_MESSAGE }, INVALID_CODE_MESSAGE);
    case 'rate-limited':
      return failure(formData, `${TOO_MANY} ${retryAfterText(result.retryAfterMs)}`);
    case 'listing-unavailable':
      return failure(formData, LISTING_UNAVAILABLE);
  }
}

export async function submitReviewAction(_previous: ReviewSubmitState, formData: FormData): Promise<ReviewSubmitState> {
  const parsed = reviewSchema.safeParse(formObject(formData));
  if (!parsed.success) return invalid(formData, fieldErrorsOf(parsed.error));
  const result = await submitReview(parsed.data, { ip: clientIp(await headers()) });
  switch (result.kind) {
    case 'published':
      revalidatePath(`/annonce/${result.listingSlug}`);
      return {
        ...success(
          result.newsletterPending
            ? 'Merci, votre avis est publié. Pour recevoir la newsletter Clients, confirmez votre inscription avec le lien que nous venons de vous envoyer par e-mail.'
            : 'Merci, votre avis est publié.',
        ),
        published: { listingSlug: result.listingSlug, listingTitle: result.listingTitle, newsletterPending: result.newsletterPending },
      };
    case 'bad-date':
      return invalid(formData, { experienceDate: result.message });
    case 'invalid':
      return failure(formData, INVALID_CODE_MESSAGE);
    case 'rate-limited':
      return failure(formData, `${TOO_MANY} ${retryAfterText(result.retryAfterMs)}`);
    case 'listing-limited':
      return failure(formData, 'Ce professionnel a reçu beaucoup d’avis aujourd’hui. Réessayez demain avec le même code.');
    case 'listing-unavailable':
      return failure(formData, LISTING_UNAVAILABLE);
  }
}
