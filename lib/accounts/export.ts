// « Télécharger mes données »: everything we hold about an advertiser, as one JSON document (right of
// access and portability, RGPD art. 15 and 20). Secrets (password and token hashes) are left out, and
// so is what belongs to others (a reviewer's e-mail address).
import 'server-only';
import { advertiserIdentitySelect } from '@/lib/accounts/queries';
import { prisma } from '@/lib/db/client';

export async function exportAccountData(userId: string, now = new Date()) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      role: true,
      emailVerifiedAt: true,
      partnerOffersOptInAt: true,
      lastActiveAt: true,
      createdAt: true,
      advertiser: {
        select: {
          ...advertiserIdentitySelect,
          communeCode: true,
          createdAt: true,
          subscriptions: {
            select: { stripeSubscriptionId: true, status: true, currentPeriodEnd: true, cancelAtPeriodEnd: true, canceledAt: true, createdAt: true },
          },
          listing: {
            select: {
              slug: true,
              title: true,
              description: true,
              status: true,
              publishedAt: true,
              priceInfo: true,
              hours: true,
              website: true,
              communeCode: true,
              category: { select: { name: true } },
              serviceAreas: { select: { communeCode: true, departmentCode: true } },
              photos: { select: { alt: true, width: true, height: true, position: true, createdAt: true } },
              stats: { select: { day: true, views: true, phoneReveals: true, inquiries: true }, orderBy: { day: 'asc' } },
              reviewCodes: { select: { label: true, expiresAt: true, usedAt: true, createdAt: true } },
              reviews: {
                select: {
                  authorName: true,
                  rating: true,
                  title: true,
                  body: true,
                  experienceDate: true,
                  status: true,
                  publishedAt: true,
                  reply: { select: { body: true, createdAt: true } },
                },
              },
              inquiries: {
                select: {
                  kind: true,
                  senderName: true,
                  senderEmail: true,
                  senderPhone: true,
                  message: true,
                  preferredCallTime: true,
                  readAt: true,
                  archivedAt: true,
                  createdAt: true,
                },
              },
            },
          },
        },
      },
      sessions: { select: { createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true, rememberMe: true } },
      charterAcceptances: { select: { acceptedAt: true, context: true, charterVersion: { select: { version: true } } } },
      consentRecords: { select: { createdAt: true, audience: true, advertising: true, globalPrivacyControl: true } },
      newsletterSubscriptions: { select: { email: true, state: true, confirmedAt: true, unsubscribedAt: true, list: { select: { name: true } } } },
      marketingOptOuts: { select: { channel: true, source: true, createdAt: true } },
      dataRequests: { select: { kind: true, status: true, createdAt: true, completedAt: true } },
      // Who in the team looked at the account and why (the team member's identity stays internal).
      auditSubjectOf: { select: { action: true, reason: true, createdAt: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  return { exportedAt: now.toISOString(), format: 'jauto-entreprends/mes-donnees@1', account: user };
}
