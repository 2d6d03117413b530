'use server';
// Server actions of the advertiser's inbox: thin shells that validate, load the session (through
// advertiserFormAction) and call lib/inquiries/inbox.ts, which only touches the advertiser's own rows.
import { revalidatePath } from 'next/cache';
import { advertiserFormAction } from '@/lib/forms/action';
import { failure, success } from '@/lib/forms/form-state';
import { answerInquiry, archive, unarchive } from './inbox';
import { answerInquirySchema, inquiryIdSchema } from './inbox-schema';

const INBOX_PATH = '/espace/demandes';
const NOT_FOUND_MESSAGE = 'Cette demande est introuvable.';

function revalidateInbox(inquiryId: string): void {
  revalidatePath(INBOX_PATH);
  revalidatePath(`${INBOX_PATH}/${inquiryId}`);
}

export const answerInquiryAction = advertiserFormAction(answerInquirySchema, async ({ data, formData, session }) => {
  const result = await answerInquiry(session.advertiserId, data.inquiryId, data.body);
  if (result.outcome === 'not-found') return failure(formData, NOT_FOUND_MESSAGE);
  revalidateInbox(data.inquiryId);
  return success('Votre réponse est envoyée par e-mail. Si la personne vous répond, vous la recevrez directement dans votre boîte e-mail.');
});

export const archiveInquiryAction = advertiserFormAction(inquiryIdSchema, async ({ data, formData, session }) => {
  if (!(await archive(session.advertiserId, data.inquiryId))) return failure(formData, NOT_FOUND_MESSAGE);
  revalidateInbox(data.inquiryId);
  return success('Demande archivée.');
});

export const unarchiveInquiryAction = advertiserFormAction(inquiryIdSchema, async ({ data, formData, session }) => {
  if (!(await unarchive(session.advertiserId, data.inquiryId))) return failure(formData, NOT_FOUND_MESSAGE);
  revalidateInbox(data.inquiryId);
  return success('Demande remise dans la boîte de réception.');
});
