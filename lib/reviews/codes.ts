// The advertiser's review codes: issuing (one for a client, e-mailed if an address is given, or a batch
// to print), listing with their state, and revoking. Every function takes the advertiser's id and only
// touches codes of that advertiser's listing. Codes exist in clear only in the value returned at issue.
import 'server-only';
import QRCode from 'qrcode';
import { prisma } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/format/french';
import { hitRateLimit, RATE_LIMITS } from '@/lib/security/rate-limit';
import { CODE_VALIDITY_MS, generateReviewCode, hashReviewCode, reviewCodeHint } from './code';

export type CodeState = 'UNUSED' | 'USED' | 'EXPIRED' | 'REVOKED';

export const CODE_STATE_LABELS: Record<CodeState, string> = {
  UNUSED: 'Non utilisé',
  USED: 'Utilisé',
  EXPIRED: 'Expiré',
  REVOKED: 'Révoqué',
};

export function codeState(code: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): CodeState {
  if (code.usedAt) return 'USED';
  if (code.revokedAt) return 'REVOKED';
  if (code.expiresAt <= now) return 'EXPIRED';
  return 'UNUSED';
}

/** A code just issued, shown once: its text, its link and that link as a QR code (SVG data URL). */
export type IssuedCode = {
  code: string;
  url: string;
  qrDataUrl: string;
  clientName: string | null;
  expiresAt: string;
  emailedTo: string | null;
};

export type IssueResult = { kind: 'issued'; codes: IssuedCode[] } | { kind: 'no-listing' } | { kind: 'rate-limited' };

export function reviewUrl(code: string): string {
  return `${env().APP_URL}/avis?code=${encodeURIComponent(code)}`;
}

async function qrDataUrl(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/**
 * Issues `count` codes for the advertiser's listing (codes for one client when a name or e-mail is
 * given), counts them in Listing.reviewCodesIssued and, with an e-mail, queues the invitation; all in
 * one transaction.
 */
export async function issueCodes(
  advertiserId: string,
  options: { count: number; clientName?: string | null; clientEmail?: string | null },
  now = new Date(),
): Promise<IssueResult> {
  const clientName = options.clientName ?? null;
  const clientEmail = options.clientEmail ?? null;
  const expiresAt = new Date(now.getTime() + CODE_VALIDITY_MS);
  const codes = Array.from({ length: options.count }, () => generateReviewCode());
  if (clientEmail) {
    const limit = await hitRateLimit(prisma, RATE_LIMITS.reviewCodeInvitation, advertiserId, now);
    if (!limit.allowed) return { kind: 'rate-limited' };
  }

  const issued = await prisma.$transaction(async (tx) => {
    const listing = await tx.listing.findUnique({
      where: { advertiserId },
      select: { id: true, title: true, advertiser: { select: { fullName: true } } },
    });
    if (!listing) return null;
    await tx.reviewCode.createMany({
      data: codes.map((code) => ({
        listingId: listing.id,
        codeHash: hashReviewCode(code),
        hint: reviewCodeHint(code),
        clientName,
        clientEmail,
        expiresAt,
        createdAt: now,
      })),
    });
    await tx.listing.update({ where: { id: listing.id }, data: { reviewCodesIssued: { increment: codes.length } } });
    if (clientEmail) {
      for (const code of codes) {
        await enqueueEmail(tx, {
          to: clientEmail,
          template: 'review-code',
          props: {
            name: clientName ?? 'Madame, Monsieur',
            advertiserName: listing.advertiser.fullName,
            listingTitle: listing.title,
            code,
            reviewUrl: reviewUrl(code),
            expiresOn: formatDate(expiresAt),
          },
          // The code's hash is unique: one e-mail per code, whatever retries happen.
          idempotencyKey: `review-code:${hashReviewCode(code)}`,
        });
      }
    }
    return listing;
  });
  if (!issued) return { kind: 'no-listing' };

  return {
    kind: 'issued',
    codes: await Promise.all(
      codes.map(async (code) => ({
        code,
        url: reviewUrl(code),
        qrDataUrl: await qrDataUrl(reviewUrl(code)),
        clientName,
        expiresAt: formatDate(expiresAt),
        emailedTo: clientEmail,
      })),
    ),
  };
}

export type CodeRow = {
  id: string;
  hint: string;
  clientName: string | null;
  clientEmail: string | null;
  label: string | null;
  state: CodeState;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
};

export const CODES_PAGE_SIZE = 50;

export async function listCodes(advertiserId: string, page = 1, now = new Date()): Promise<{ rows: CodeRow[]; total: number; pageCount: number; page: number }> {
  const where = { listing: { advertiserId } };
  const total = await prisma.reviewCode.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CODES_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await prisma.reviewCode.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    skip: (current - 1) * CODES_PAGE_SIZE,
    take: CODES_PAGE_SIZE,
    select: {
      id: true,
      hint: true,
      clientName: true,
      clientEmail: true,
      label: true,
      createdAt: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
    },
  });
  return { rows: rows.map((row) => ({ ...row, state: codeState(row, now) })), total, pageCount, page: current };
}

/** Revokes an unused, unexpired code of the advertiser's listing; false when there is no such code. */
export async function revokeCode(advertiserId: string, codeId: string, now = new Date()): Promise<boolean> {
  const { count } = await prisma.reviewCode.updateMany({
    where: { id: codeId, listing: { advertiserId }, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  return count === 1;
}
