// Requisitions from an authority (« Obligations légales de communication » of the charter): the team
// records the authority and its written reference, then downloads everything tied to one e-mail
// address. No reference, no export; every export is written to the audit log with the reference.
import 'server-only';
import { exportAccountData } from '@/lib/accounts/export';
import { recordAudit } from '@/lib/audit/log';
import { prisma } from '@/lib/db/client';
import { exportPersonalData } from './personal-data';
import type { LegalRequestInput } from './schema';

export const LEGAL_EXPORT_ACTION = 'legal_request.exported';

export async function recordLegalRequest(input: LegalRequestInput, adminId: string, now = new Date()): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const subject = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    const request = await tx.dataRequest.create({
      data: {
        kind: 'LEGAL',
        status: 'COMPLETED',
        requesterEmail: input.authorityEmail,
        subjectEmail: input.email,
        subjectUserId: subject?.id ?? null,
        details: input.details,
        legalAuthority: input.authority,
        legalReference: input.reference,
        handledById: adminId,
        createdAt: now,
        completedAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: adminId,
      action: 'legal_request.recorded',
      subjectType: 'DataRequest',
      subjectId: request.id,
      subjectUserId: subject?.id ?? null,
      reason: `${input.authority} — réf. ${input.reference}`,
    });
    return request;
  });
}

export async function listLegalRequests(limit = 50) {
  return prisma.dataRequest.findMany({
    where: { kind: 'LEGAL' },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: {
      id: true,
      createdAt: true,
      legalAuthority: true,
      legalReference: true,
      subjectEmail: true,
      handledBy: { select: { email: true } },
    },
  });
}

/**
 * The export of one recorded request: the account (if the address has one, with its invoices) and
 * everything tied to the address without an account. Null when the request does not exist or has
 * no reference. Audited on every call.
 */
export async function exportForLegalRequest(requestId: string, adminId: string, now = new Date()) {
  const request = await prisma.dataRequest.findFirst({
    where: { id: requestId, kind: 'LEGAL', legalReference: { not: null }, subjectEmail: { not: null } },
    select: { id: true, legalAuthority: true, legalReference: true, subjectEmail: true, requesterEmail: true, createdAt: true },
  });
  if (!request?.legalReference || !request.subjectEmail) return null;
  const email = request.subjectEmail;
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, advertiser: { select: { id: true } } } });
  const [account, invoices, withoutAccount] = await Promise.all([
    user ? exportAccountData(user.id, now) : null,
    user?.advertiser
      ? prisma.invoice.findMany({
          where: { advertiserId: user.advertiser.id },
          orderBy: { issuedAt: 'asc' },
          select: { number: true, amountTotal: true, currency: true, status: true, issuedAt: true, stripeInvoiceId: true },
        })
      : [],
    exportPersonalData(email, now),
  ]);
  // The file records who handed out what (the request, its reference) along with the data.
  await recordAudit(prisma, {
    actorId: adminId,
    action: LEGAL_EXPORT_ACTION,
    subjectType: 'DataRequest',
    subjectId: request.id,
    subjectUserId: user?.id ?? null,
    reason: `${request.legalAuthority ?? 'Autorité'} — réf. ${request.legalReference}`,
    metadata: { reference: request.legalReference, email },
  });
  return {
    format: 'jauto-entreprends/requete-legale@1',
    exportedAt: now.toISOString(),
    request: {
      id: request.id,
      authority: request.legalAuthority,
      reference: request.legalReference,
      authorityEmail: request.requesterEmail,
      recordedAt: request.createdAt.toISOString(),
    },
    subjectEmail: email,
    account: account?.account ?? null,
    invoices,
    // The self-service export's pointer to /espace/compte makes no sense here: the account is above.
    tiedToEmail: { ...withoutAccount, account: undefined },
  };
}
