// POST /api/annonces/[slug]/telephone — « Afficher le numéro »: the advertiser's phone number, only
// for a public listing whose advertiser chose to show it, only on request (never in the page's HTML,
// out of reach of scrapers reading pages), rate-limited per address and counted in the statistics.
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { formatFrenchPhone } from '@/lib/accounts/phone';
import { getCurrentSession } from '@/lib/auth/guards';
import { clientIp } from '@/lib/auth/request-context';
import { prisma } from '@/lib/db/client';
import { recordPhoneReveal } from '@/lib/listings/stats';
import { publicListingWhere } from '@/lib/listings/visibility';
import { hitRateLimit, RATE_LIMITS, retryAfterText } from '@/lib/security/rate-limit';

const slugSchema = z.string().regex(/^[a-z0-9-]{1,200}$/);

/** Personal data: no cache may keep it, no search engine may index it. */
const PRIVATE = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' };

type Context = { params: Promise<{ slug: string }> };

export async function POST(request: NextRequest, { params }: Context) {
  // Counted before the look-up, so that trying many slugs costs as much as asking for one number.
  const limit = await hitRateLimit(prisma, RATE_LIMITS.phoneReveal, clientIp(request.headers) ?? 'unknown');
  if (!limit.allowed) {
    return NextResponse.json(
      { error: `Trop de numéros demandés. ${retryAfterText(limit.retryAfterMs)}` },
      { status: 429, headers: { ...PRIVATE, 'Retry-After': String(Math.ceil(limit.retryAfterMs / 1000)) } },
    );
  }

  const slug = slugSchema.safeParse((await params).slug);
  const listing = slug.success
    ? await prisma.listing.findFirst({
        where: { ...publicListingWhere, slug: slug.data, showPhone: true },
        select: { id: true, advertiser: { select: { phone: true } } },
      })
    : null;
  if (!listing) {
    return NextResponse.json({ error: 'Ce numéro n’est pas disponible.' }, { status: 404, headers: PRIVATE });
  }

  const session = await getCurrentSession();
  await recordPhoneReveal(listing.id, {
    userAgent: request.headers.get('user-agent'),
    viewerUserId: session?.user.id,
  });

  const { phone } = listing.advertiser;
  return NextResponse.json({ phone: formatFrenchPhone(phone), href: `tel:${phone}` }, { headers: PRIVATE });
}
