'use server';
// /admin/requetes-legales: recording a requisition (authority, written reference, person's e-mail)
// opens its export; the download itself is app/admin/requetes-legales/[id]/export/route.ts.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { adminFormAction } from '@/lib/forms/action';
import { recordLegalRequest } from './legal-requests';
import { legalRequestSchema } from './schema';

export const recordLegalRequestAction = adminFormAction(legalRequestSchema, async ({ data, session }) => {
  const request = await recordLegalRequest(data, session.user.id);
  revalidatePath('/admin/requetes-legales');
  redirect(`/admin/requetes-legales?requete=${request.id}`);
});
