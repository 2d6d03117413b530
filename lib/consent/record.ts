// Proof of consent: every choice is a ConsentRecord (anonymous id, purposes, banner version, charter
// version in force, GPC signal, account if signed in, time). Silence records nothing: it is a refusal.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { currentCharterVersionId } from '@/lib/privacy/charter';
import { CONSENT_BANNER_VERSION, CONSENT_CODE_VERSION, type Purposes, type StoredConsent } from './cookie';
import { bannerVersionText } from './texts';

export type ConsentChoice = {
  /** The id already in the visitor's cookie, kept so that successive choices are linked. */
  consentId: string;
  requested: Purposes;
  gpc: boolean;
  userId: string | null;
  now?: Date;
};

/** Records the choice and returns what the cookie keeps: advertising is off under GPC. */
export async function recordConsent({ consentId, requested, gpc, userId, now = new Date() }: ConsentChoice): Promise<StoredConsent> {
  const purposes: Purposes = { ...requested, advertising: requested.advertising && !gpc };
  await prisma.$transaction(async (tx) => {
    // The text of this version is stored the first time it is used: it is the banner people saw.
    const banner = await tx.consentBannerVersion.upsert({
      where: { version: CONSENT_BANNER_VERSION },
      create: { version: CONSENT_BANNER_VERSION, text: bannerVersionText(), codeVersion: CONSENT_CODE_VERSION, effectiveFrom: now },
      update: {},
      select: { id: true },
    });
    await tx.consentRecord.create({
      data: {
        consentId,
        bannerVersionId: banner.id,
        charterVersionId: await currentCharterVersionId(tx, now),
        ...purposes,
        globalPrivacyControl: gpc,
        userId,
        createdAt: now,
      },
    });
  });
  return { ...purposes, bannerVersion: CONSENT_BANNER_VERSION, id: consentId, decidedAt: now };
}
