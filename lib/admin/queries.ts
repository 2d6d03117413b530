// Reads of the back-office. Each one checks the team role itself (a page that forgets to call
// requireAdmin still leaks nothing), and an advertiser's full record is returned only against a
// recent consultation recorded in the audit log by the same admin, for the same advertiser.
import 'server-only';
import { advertiserIdentitySelect } from '@/lib/accounts/queries';
import { requireAdmin } from '@/lib/auth/guards';
import { prisma, type Prisma } from '@/lib/db/client';
import type { ListingStatus, SiretStatus } from '@/lib/generated/prisma/enums';
import { normalizeSiret } from '@/lib/siret/checksum';
import {
  ADVERTISERS_PAGE_SIZE,
  AUDIT_PAGE_SIZE,
  type AdvertiserListParams,
  type AuditListParams,
} from './schema';

export const ADVERTISER_VIEWED = 'advertiser.viewed';
export const ADVERTISER_SUBJECT = 'AdvertiserProfile';
/** How long a stated reason opens an advertiser's record; after that, a new reason is asked. */
export const CONSULTATION_TTL_MS = 15 * 60_000;

type Paginated<T> = { items: T[]; total: number; page: number; pageCount: number };

function paginate<T>(items: T[], total: number, page: number, pageSize: number): Paginated<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export async function getAdminOverview() {
  await requireAdmin('/admin');
  const [bySiretStatus, unverifiedEmails, byListingStatus, advertisersWithoutListing] = await Promise.all([
    prisma.advertiserProfile.groupBy({ by: ['siretStatus'], _count: { _all: true } }),
    prisma.advertiserProfile.count({ where: { user: { emailVerifiedAt: null } } }),
    prisma.listing.groupBy({ by: ['status'], _count: { _all: true } }),
    prisma.advertiserProfile.count({ where: { listing: { is: null } } }),
  ]);
  const siret: Record<SiretStatus, number> = { PENDING: 0, VERIFIED: 0, CLOSED: 0, NOT_FOUND: 0 };
  for (const row of bySiretStatus) siret[row.siretStatus] = row._count._all;
  const listings: Record<ListingStatus, number> = { DRAFT: 0, PUBLISHED: 0, UNPUBLISHED: 0, SUSPENDED: 0 };
  for (const row of byListingStatus) listings[row.status] = row._count._all;
  const advertisers = Object.values(siret).reduce((sum, count) => sum + count, 0);
  return { advertisers, siret, unverifiedEmails, listings, advertisersWithoutListing };
}

function advertiserFilter(params: AdvertiserListParams): Prisma.AdvertiserProfileWhereInput {
  const and: Prisma.AdvertiserProfileWhereInput[] = [];
  if (params.statut) and.push({ siretStatus: params.statut });
  if (params.email === 'verifie') and.push({ user: { emailVerifiedAt: { not: null } } });
  if (params.email === 'non-verifie') and.push({ user: { emailVerifiedAt: null } });
  if (params.annonce === 'AUCUNE') and.push({ listing: { is: null } });
  else if (params.annonce) and.push({ listing: { is: { status: params.annonce } } });
  if (params.q) {
    const digits = normalizeSiret(params.q);
    and.push({
      OR: [
        { fullName: { contains: params.q, mode: 'insensitive' } },
        { user: { email: { contains: params.q, mode: 'insensitive' } } },
        ...(/^\d{3,14}$/.test(digits) ? [{ siret: { startsWith: digits } }] : []),
      ],
    });
  }
  return { AND: and };
}

/**
 * The advertisers list (the team's normal flow, not audited): identity and statuses only, never
 * the phone number or the postal address.
 */
export async function listAdvertisers(params: AdvertiserListParams) {
  await requireAdmin('/admin/annonceurs');
  const where = advertiserFilter(params);
  const [total, items] = await Promise.all([
    prisma.advertiserProfile.count({ where }),
    prisma.advertiserProfile.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (params.page - 1) * ADVERTISERS_PAGE_SIZE,
      take: ADVERTISERS_PAGE_SIZE,
      select: {
        id: true,
        fullName: true,
        siret: true,
        siretStatus: true,
        createdAt: true,
        user: { select: { emailVerifiedAt: true } },
        listing: { select: { status: true } },
      },
    }),
  ]);
  return paginate(items, total, params.page, ADVERTISERS_PAGE_SIZE);
}

export type AdvertiserListItem = Awaited<ReturnType<typeof listAdvertisers>>['items'][number];

/** What the list already shows, enough to name the advertiser on the « motif » form. */
export async function getAdvertiserSummary(advertiserId: string) {
  await requireAdmin(`/admin/annonceurs/${advertiserId}`);
  return prisma.advertiserProfile.findUnique({
    where: { id: advertiserId },
    select: { id: true, fullName: true, siret: true, siretStatus: true },
  });
}

/**
 * The full record of an advertiser (personal data), or null unless `consultationId` is an
 * `advertiser.viewed` entry of the audit log written by this admin, for this advertiser, less than
 * 15 minutes ago.
 */
export async function getAdvertiserRecord(advertiserId: string, consultationId: string | undefined) {
  const admin = await requireAdmin(`/admin/annonceurs/${advertiserId}`);
  if (!consultationId) return null;
  const now = new Date();
  const consultation = await prisma.auditLog.findFirst({
    where: {
      id: consultationId,
      actorId: admin.user.id,
      action: ADVERTISER_VIEWED,
      subjectType: ADVERTISER_SUBJECT,
      subjectId: advertiserId,
      createdAt: { gt: new Date(now.getTime() - CONSULTATION_TTL_MS) },
    },
    select: { id: true, reason: true, createdAt: true },
  });
  if (!consultation) return null;

  const profile = await prisma.advertiserProfile.findUnique({
    where: { id: advertiserId },
    select: {
      id: true,
      ...advertiserIdentitySelect,
      createdAt: true,
      user: {
        select: {
          email: true,
          emailVerifiedAt: true,
          lastActiveAt: true,
          _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } },
        },
      },
      listing: {
        select: {
          title: true,
          slug: true,
          status: true,
          publishedAt: true,
          commune: { select: { name: true, departmentCode: true } },
        },
      },
    },
  });
  if (!profile) return null;
  const { _count, ...user } = profile.user;
  return {
    ...profile,
    user,
    activeSessions: _count.sessions,
    consultation: { ...consultation, expiresAt: new Date(consultation.createdAt.getTime() + CONSULTATION_TTL_MS) },
  };
}

export type AdvertiserRecord = NonNullable<Awaited<ReturnType<typeof getAdvertiserRecord>>>;

/** The audit log, newest first, optionally about one person (by e-mail, case-insensitive). */
export async function listAuditEntries(params: AuditListParams) {
  await requireAdmin('/admin/journal');
  const where: Prisma.AuditLogWhereInput = params.personne ? { subjectUser: { is: { email: params.personne } } } : {};
  const [total, items] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (params.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        action: true,
        subjectType: true,
        subjectId: true,
        reason: true,
        actor: { select: { email: true } },
        subjectUser: { select: { email: true } },
      },
    }),
  ]);
  return paginate(items, total, params.page, AUDIT_PAGE_SIZE);
}

export type AuditListItem = Awaited<ReturnType<typeof listAuditEntries>>['items'][number];
