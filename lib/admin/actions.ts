'use server';
// Back-office mutations. Opening an advertiser's record first writes who looks, at whom, when and
// why to the audit log; the record page then shows the data only against that entry.
import 'server-only';
import { redirect } from 'next/navigation';
import { recordAudit } from '@/lib/audit/log';
import { prisma } from '@/lib/db/client';
import { adminFormAction } from '@/lib/forms/action';
import { failure } from '@/lib/forms/form-state';
import { ADVERTISER_SUBJECT, ADVERTISER_VIEWED } from './queries';
import { consultationReasonLabel, consultationSchema } from './schema';

export const consultAdvertiserAction = adminFormAction(consultationSchema, async ({ data, formData, session }) => {
  const profile = await prisma.advertiserProfile.findUnique({
    where: { id: data.advertiserId },
    select: { id: true, userId: true },
  });
  if (!profile) return failure(formData, 'Cet annonceur n’existe plus.');

  const label = consultationReasonLabel(data.motif);
  const audit = await recordAudit(prisma, {
    actorId: session.user.id,
    action: ADVERTISER_VIEWED,
    subjectType: ADVERTISER_SUBJECT,
    subjectId: profile.id,
    subjectUserId: profile.userId,
    reason: data.precisions ? `${label}\u00a0: ${data.precisions}` : label,
    metadata: { motif: data.motif },
  });
  redirect(`/admin/annonceurs/${profile.id}?consultation=${audit.id}`);
});
