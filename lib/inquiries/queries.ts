// Reads of the advertiser's inbox. Every query is keyed by the inquiry AND the signed-in advertiser
// (through the listing they own): another account, a visitor or the site team never reads one here.
import 'server-only';
import { prisma, type Prisma } from '@/lib/db/client';

export const INBOX_FILTERS = ['toutes', 'non-lues', 'repondues', 'archivees'] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

export const INBOX_PAGE_SIZE = 20;

export function parseInboxFilter(value: unknown): InboxFilter {
  return INBOX_FILTERS.find((filter) => filter === value) ?? 'toutes';
}

export function parsePage(value: unknown): number {
  const page = typeof value === 'string' ? Number.parseInt(value, 10) : NaN;
  return Number.isFinite(page) && page > 0 ? page : 1;
}

/** The one ownership condition: an inquiry belongs to the advertiser who owns its listing. */
export function ownedBy(advertiserId: string): Prisma.InquiryWhereInput {
  return { listing: { advertiserId } };
}

// Archived inquiries leave the other views: archiving is how the advertiser tidies the inbox.
const FILTER_WHERE: Record<InboxFilter, Prisma.InquiryWhereInput> = {
  toutes: { archivedAt: null },
  'non-lues': { archivedAt: null, readAt: null },
  repondues: { archivedAt: null, answeredAt: { not: null } },
  archivees: { archivedAt: { not: null } },
};

export type InboxRow = {
  id: string;
  kind: 'MESSAGE' | 'CALLBACK';
  senderName: string;
  senderEmail: string;
  excerpt: string;
  createdAt: Date;
  readAt: Date | null;
  answeredAt: Date | null;
  archivedAt: Date | null;
};

export type InboxPage = { rows: InboxRow[]; total: number; page: number; pageCount: number };

const EXCERPT_LENGTH = 120;

function excerptOf(message: string): string {
  const flat = message.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH).replace(/\s\S*$/, '')}…`;
}

export async function listInquiries(
  advertiserId: string,
  { filter = 'toutes', q = '', page = 1 }: { filter?: InboxFilter; q?: string; page?: number } = {},
): Promise<InboxPage> {
  const search = q.trim().slice(0, 100);
  const where: Prisma.InquiryWhereInput = {
    AND: [
      ownedBy(advertiserId),
      FILTER_WHERE[filter],
      // Prisma sends the text as a bound parameter (ILIKE): no SQL is built from the query.
      search
        ? {
            OR: [
              { senderName: { contains: search, mode: 'insensitive' } },
              { senderEmail: { contains: search, mode: 'insensitive' } },
              { message: { contains: search, mode: 'insensitive' } },
            ],
          }
        : {},
    ],
  };
  const [total, inquiries] = await prisma.$transaction([
    prisma.inquiry.count({ where }),
    prisma.inquiry.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * INBOX_PAGE_SIZE,
      take: INBOX_PAGE_SIZE,
      select: {
        id: true,
        kind: true,
        senderName: true,
        senderEmail: true,
        message: true,
        createdAt: true,
        readAt: true,
        answeredAt: true,
        archivedAt: true,
      },
    }),
  ]);
  const rows = inquiries.map(({ message, ...row }) => ({ ...row, excerpt: excerptOf(message) }));
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)) };
}

export async function getInquiry(advertiserId: string, inquiryId: string) {
  return prisma.inquiry.findFirst({
    where: { AND: [{ id: inquiryId }, ownedBy(advertiserId)] },
    select: {
      id: true,
      kind: true,
      senderName: true,
      senderEmail: true,
      senderPhone: true,
      message: true,
      preferredCallTime: true,
      createdAt: true,
      readAt: true,
      answeredAt: true,
      archivedAt: true,
      listing: { select: { title: true } },
      answers: { orderBy: { createdAt: 'asc' }, select: { id: true, body: true, createdAt: true } },
    },
  });
}

export type InquiryDetail = NonNullable<Awaited<ReturnType<typeof getInquiry>>>;

/** What the space's navigation badge counts: new inquiries still in the inbox. */
export async function countUnread(advertiserId: string): Promise<number> {
  return prisma.inquiry.count({ where: { AND: [ownedBy(advertiserId), { readAt: null, archivedAt: null }] } });
}

/** For the polling route: null when the user has no advertiser profile (the team has no inbox). */
export async function countUnreadForUser(userId: string): Promise<number | null> {
  const profile = await prisma.advertiserProfile.findUnique({ where: { userId }, select: { id: true } });
  return profile ? countUnread(profile.id) : null;
}
