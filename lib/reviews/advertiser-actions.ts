'use server';
// Server actions of /espace/codes and /espace/avis: thin shells that validate, load the advertiser's
// session (advertiserFormAction) and call lib/reviews, which only touches the advertiser's own rows.
import { revalidatePath } from 'next/cache';
import { advertiserFormAction } from '@/lib/forms/action';
import { failure, success } from '@/lib/forms/form-state';
import { replyToReview, reportReview, listingSlugOf } from './advertiser';
import { issueCodes, revokeCode } from './codes';
import type { IssueCodesState } from './issue-state';
import { codeIdSchema, issueBatchSchema, issueCodeSchema, replySchema, reportSchema } from './schema';

const CODES_PATH = '/espace/codes';
const REVIEWS_PATH = '/espace/avis';
const NO_LISTING = 'Créez d’abord votre annonce pour remettre des codes d’évaluation.';

export const issueCodeAction = advertiserFormAction(issueCodeSchema, async ({ data, formData, session }): Promise<IssueCodesState> => {
  const result = await issueCodes(session.advertiserId, { count: 1, clientName: data.clientName, clientEmail: data.clientEmail });
  if (result.kind === 'no-listing') return failure(formData, NO_LISTING);
  if (result.kind === 'rate-limited') {
    return failure(formData, 'Vous avez envoyé beaucoup d’invitations aujourd’hui. Réessayez demain, ou créez le code sans e-mail pour l’imprimer.');
  }
  revalidatePath(CODES_PATH);
  return {
    ...success(
      data.clientEmail
        ? `Code créé et envoyé par e-mail à ${data.clientEmail}. Vous pouvez aussi l’imprimer ci-dessous\u00a0: il ne sera plus jamais affiché.`
        : 'Code créé. Notez-le ou imprimez-le maintenant\u00a0: il ne sera plus jamais affiché.',
    ),
    codes: result.codes,
  };
});

export const issueBatchAction = advertiserFormAction(issueBatchSchema, async ({ data, formData, session }): Promise<IssueCodesState> => {
  const result = await issueCodes(session.advertiserId, { count: data.count });
  if (result.kind !== 'issued') return failure(formData, NO_LISTING);
  revalidatePath(CODES_PATH);
  return {
    ...success(`${data.count === 1 ? '1\u00a0code créé' : `${data.count}\u00a0codes créés`}. Imprimez-les maintenant\u00a0: ils ne seront plus jamais affichés.`),
    codes: result.codes,
  };
});

export const revokeCodeAction = advertiserFormAction(codeIdSchema, async ({ data, formData, session }) => {
  if (!(await revokeCode(session.advertiserId, data.codeId))) {
    return failure(formData, 'Ce code ne peut plus être révoqué (déjà utilisé, expiré ou introuvable).');
  }
  revalidatePath(CODES_PATH);
  return success('Code révoqué\u00a0: il ne permet plus de déposer un avis.');
});

export const replyToReviewAction = advertiserFormAction(replySchema, async ({ data, formData, session }) => {
  const outcome = await replyToReview(session.advertiserId, data.reviewId, data.body);
  if (outcome === 'not-found') return failure(formData, 'Cet avis est introuvable.');
  revalidatePath(REVIEWS_PATH);
  const slug = await listingSlugOf(session.advertiserId);
  if (slug) revalidatePath(`/annonce/${slug}`);
  return success(outcome === 'created' ? 'Votre réponse est publiée sous l’avis.' : 'Votre réponse est modifiée.');
});

export const reportReviewAction = advertiserFormAction(reportSchema, async ({ data, formData, session }) => {
  const outcome = await reportReview(session.advertiserId, data.reviewId, data.reason);
  if (outcome === 'not-found') return failure(formData, 'Cet avis est introuvable.');
  if (outcome === 'already-open') return failure(formData, 'Vous avez déjà signalé cet avis\u00a0: notre équipe l’examine.');
  revalidatePath(REVIEWS_PATH);
  return success('Signalement envoyé. Notre équipe l’examine et vous tiendra informé de sa décision par e-mail.');
});
