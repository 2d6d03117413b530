// Reads of the personal space, always for the signed-in user's own id.
import 'server-only';
import { prisma, type Prisma } from '@/lib/db/client';
import { listActiveSessions } from '@/lib/auth/sessions';
import { isSubscribedToAdvertiserNewsletter } from '@/lib/newsletters/lists';

/** Who the advertiser is: the identity they gave and what the SIRET register says about it. */
export const advertiserIdentitySelect = {
  fullName: true,
  addressLine: true,
  postalCode: true,
  city: true,
  phone: true,
  siret: true,
  siretStatus: true,
  siretCheckedAt: true,
  siretRegisteredName: true,
  siretLegalForm: true,
} as const satisfies Prisma.AdvertiserProfileSelect;

export async function getAccountOverview(userId: string) {
  const [user, sessions, newsletter] = await Promise.all([
    prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        email: true,
        emailVerifiedAt: true,
        partnerOffersOptInAt: true,
        createdAt: true,
        advertiser: {
          select: {
            ...advertiserIdentitySelect,
            listing: { select: { status: true, title: true, slug: true } },
          },
        },
      },
    }),
    listActiveSessions(userId),
    isSubscribedToAdvertiserNewsletter(prisma, userId),
  ]);
  return { user, sessions, newsletter };
}
