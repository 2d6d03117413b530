'use server';
// Server actions of /admin/avis: the team's decisions on reported reviews (lib/reviews/moderation.ts).
import { revalidatePath } from 'next/cache';
import { adminFormAction } from '@/lib/forms/action';
import { failure, success } from '@/lib/forms/form-state';
import { dismissReport, hideReview, restoreReview } from './moderation';
import { dismissReportSchema, hideReviewSchema, restoreReviewSchema } from './schema';

const PATH = '/admin/avis';
const GONE = 'Cette décision a déjà été prise, ou l’élément n’existe plus. Rechargez la page.';

export const hideReviewAction = adminFormAction(hideReviewSchema, async ({ data, formData, session }) => {
  if (!(await hideReview(session.user.id, data.reviewId, data.reason))) return failure(formData, GONE);
  revalidatePath(PATH);
  return success('Avis masqué. La décision motivée a été envoyée à son auteur et à l’annonceur.');
});

export const restoreReviewAction = adminFormAction(restoreReviewSchema, async ({ data, formData, session }) => {
  if (!(await restoreReview(session.user.id, data.reviewId, data.reason))) return failure(formData, GONE);
  revalidatePath(PATH);
  return success('Avis rétabli. La décision a été envoyée à son auteur et à l’annonceur.');
});

export const dismissReportAction = adminFormAction(dismissReportSchema, async ({ data, formData, session }) => {
  if (!(await dismissReport(session.user.id, data.reportId, data.reason))) return failure(formData, GONE);
  revalidatePath(PATH);
  return success('Signalement rejeté. L’annonceur a été informé de la décision.');
});
