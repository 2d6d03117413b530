// Reads of the moderation queue: notices by status, and one notice with its target and decisions.
import 'server-only';
import { prisma, type ReportStatus } from '@/lib/db/client';

export async function listNotices(status: ReportStatus | 'DECIDED', take = 100) {
  return prisma.contentNotice.findMany({
    where: status === 'DECIDED' ? { status: { not: 'OPEN' } } : { status },
    orderBy: { createdAt: status === 'OPEN' ? 'asc' : 'desc' },
    take,
    select: { id: true, targetType: true, category: true, url: true, reporterName: true, status: true, createdAt: true },
  });
}

export type NoticeListItem = Awaited<ReturnType<typeof listNotices>>[number];

export async function countOpenNotices(): Promise<number> {
  return prisma.contentNotice.count({ where: { status: 'OPEN' } });
}

export async function getNotice(id: string) {
  const notice = await prisma.contentNotice.findUnique({
    where: { id },
    include: { decision: { include: { decidedBy: { select: { email: true } } } } },
  });
  if (!notice) return null;
  const [listing, review, history] = await Promise.all([
    notice.targetType === 'LISTING' && notice.targetId
      ? prisma.listing.findUnique({ where: { id: notice.targetId }, select: { id: true, slug: true, title: true, status: true, advertiser: { select: { id: true, fullName: true } } } })
      : null,
    notice.targetType === 'REVIEW' && notice.targetId
      ? prisma.review.findUnique({
          where: { id: notice.targetId },
          select: { id: true, authorName: true, rating: true, title: true, body: true, status: true, listing: { select: { slug: true, title: true } } },
        })
      : null,
    notice.targetId
      ? prisma.moderationDecision.findMany({
          where: { targetType: notice.targetType, targetId: notice.targetId },
          orderBy: { createdAt: 'asc' },
          select: { id: true, action: true, grounds: true, statement: true, createdAt: true },
        })
      : [],
  ]);
  return { notice, listing, review, history };
}

export type NoticeDetail = NonNullable<Awaited<ReturnType<typeof getNotice>>>;
