'use server';
// « Ne plus recevoir de messages commerciaux »: the form (e-mail → a confirmation link), the one-click
// confirmation of a signed link, and the team recording an opt-out received by e-mail or post.
import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { recordAudit } from '@/lib/audit/log';
import { clientIp } from '@/lib/auth/request-context';
import { prisma } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { adminFormAction, publicFormAction } from '@/lib/forms/action';
import { failure, success } from '@/lib/forms/form-state';
import { isHoneypotFilled } from '@/lib/inquiries/anti-spam';
import { generateToken } from '@/lib/security/tokens';
import { hitRateLimit, RATE_LIMITS, retryAfterText } from '@/lib/security/rate-limit';
import { commercialOptOutUrl, readOptOutLink, recordOptOut } from './opt-out';
import { adminOptOutSchema, emailRequestSchema, optOutConfirmSchema } from './personal-data-schema';

const LINK_SENT = 'Un lien de confirmation vient d’être envoyé à cette adresse. Un clic dessus suffit.';

export const requestOptOutLinkAction = publicFormAction(emailRequestSchema, async ({ data, formData }) => {
  if (isHoneypotFilled(data.website)) return success(LINK_SENT);
  const ip = clientIp(await headers()) ?? 'unknown';
  for (const [rule, subject] of [
    [RATE_LIMITS.optOutLinkIp, ip],
    [RATE_LIMITS.optOutLinkEmail, data.email],
  ] as const) {
    const limit = await hitRateLimit(prisma, rule, subject);
    if (!limit.allowed) return failure(formData, `Trop de demandes en peu de temps. ${retryAfterText(limit.retryAfterMs)}`);
  }
  await enqueueEmail(prisma, {
    to: data.email,
    template: 'commercial-opt-out-link',
    props: { optOutUrl: commercialOptOutUrl(data.email) },
    idempotencyKey: `commercial-opt-out-link:${generateToken()}`,
  });
  return success(LINK_SENT);
});

export const confirmOptOutAction = publicFormAction(optOutConfirmSchema, async ({ data, formData }) => {
  const email = readOptOutLink(data.e, data.s);
  if (!email) return failure(formData, 'Ce lien n’est pas valable. Utilisez le formulaire ci-dessous.');
  await recordOptOut(prisma, { email, channel: 'WEB', source: 'Lien « Ne plus recevoir de messages commerciaux »' });
  return success('C’est noté\u00a0: vous ne recevrez plus aucun message commercial de notre part.');
});

export const recordOptOutAction = adminFormAction(adminOptOutSchema, async ({ data, session }) => {
  await prisma.$transaction(async (tx) => {
    const optOut = await recordOptOut(tx, {
      email: data.email,
      channel: data.channel,
      source: data.source,
      recordedById: session.user.id,
    });
    await recordAudit(tx, {
      actorId: session.user.id,
      action: 'marketing_opt_out.recorded',
      subjectType: 'MarketingOptOut',
      subjectId: optOut.id,
      metadata: { channel: data.channel },
    });
  });
  revalidatePath('/admin/oppositions');
  return success(`Opposition enregistrée pour ${data.email}.`);
});
