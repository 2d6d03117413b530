'use server';
// Server actions of reporting: the public « Signaler un contenu » form, and the team's decisions.
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { clientIp } from '@/lib/auth/request-context';
import { adminFormAction, publicFormAction } from '@/lib/forms/action';
import { failure, success } from '@/lib/forms/form-state';
import { retryAfterText } from '@/lib/security/rate-limit';
import { decideNotice, restoreContent } from './decisions';
import { NOTICE_RECEIVED_MESSAGE, submitNotice } from './notices';
import { decisionSchema, noticeSchema, restoreSchema } from './schema';

export const sendNoticeAction = publicFormAction(noticeSchema, async ({ data, formData }) => {
  const result = await submitNotice(data, { ip: clientIp(await headers()) });
  if (result.kind === 'rate-limited') {
    return failure(formData, `Trop de signalements envoyés en peu de temps. ${retryAfterText(result.retryAfterMs)}`);
  }
  return success(NOTICE_RECEIVED_MESSAGE);
});

export const decideNoticeAction = adminFormAction(decisionSchema, async ({ data, formData, session }) => {
  const result = await decideNotice(session.user.id, data);
  revalidatePath('/admin/signalements');
  switch (result.kind) {
    case 'decided':
      return success(
        data.decision === 'REMOVE'
          ? 'Contenu retiré. La décision motivée est envoyée à son auteur et à l’auteur du signalement.'
          : 'Décision enregistrée\u00a0: le contenu reste en ligne. L’auteur du signalement en est informé.',
      );
    case 'already-decided':
      return failure(formData, 'Ce signalement a déjà fait l’objet d’une décision.');
    case 'not-found':
      return failure(formData, 'Ce signalement n’existe plus.');
    case 'no-target':
      return failure(formData, 'Le contenu signalé n’existe plus sur le site\u00a0: il n’y a rien à retirer.');
  }
});

export const restoreContentAction = adminFormAction(restoreSchema, async ({ data, formData, session }) => {
  const result = await restoreContent(session.user.id, data);
  revalidatePath('/admin/signalements');
  if (result.kind === 'not-restorable') return failure(formData, 'Ce contenu n’est pas retiré, ou n’existe plus.');
  return success('Contenu rétabli. Son auteur en est informé.');
});
