// Reads of the back-office: the issues with their progress and results, the lists with their audience.
import 'server-only';
import { prisma, type DeliveryStatus } from '@/lib/db/client';
import { countAudience } from './audience';

export type IssueStats = {
  recipients: number;
  pending: number;
  /** Accepted by Resend (or kept in the demo mailbox), whatever happened next. */
  sent: number;
  /** Confirmed delivered by Resend's webhooks. */
  delivered: number;
  /** Hard bounces and complaints (both suppress the address). */
  bounced: number;
  unsubscribed: number;
  skipped: number;
  failed: number;
};

const SENT_STATES: DeliveryStatus[] = ['SENT', 'DELIVERED', 'BOUNCED', 'COMPLAINED'];

export async function issueStats(issueId: string): Promise<IssueStats> {
  const [groups, unsubscribed] = await Promise.all([
    prisma.newsletterDelivery.groupBy({ by: ['status'], where: { issueId }, _count: { _all: true } }),
    prisma.newsletterDelivery.count({ where: { issueId, unsubscribedAt: { not: null } } }),
  ]);
  const count = (statuses: DeliveryStatus[]) =>
    groups.filter((group) => statuses.includes(group.status)).reduce((sum, group) => sum + group._count._all, 0);
  return {
    recipients: count(['PENDING', 'SKIPPED', 'FAILED', ...SENT_STATES]),
    pending: count(['PENDING']),
    sent: count(SENT_STATES),
    delivered: count(['DELIVERED']),
    bounced: count(['BOUNCED', 'COMPLAINED']),
    unsubscribed,
    skipped: count(['SKIPPED']),
    failed: count(['FAILED']),
  };
}

export async function listIssues() {
  const issues = await prisma.newsletterIssue.findMany({
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: {
      id: true,
      subject: true,
      status: true,
      scheduledAt: true,
      sentAt: true,
      createdAt: true,
      recipientCount: true,
      list: { select: { name: true } },
    },
  });
  return Promise.all(issues.map(async (issue) => ({ ...issue, stats: await issueStats(issue.id) })));
}

export async function getIssue(id: string) {
  const issue = await prisma.newsletterIssue.findUnique({
    where: { id },
    include: { list: { select: { id: true, name: true } } },
  });
  if (!issue) return null;
  return { ...issue, stats: await issueStats(id) };
}

/** Each list with its audience today, for commercial and for non-commercial content. */
export async function listsWithAudience() {
  const lists = await prisma.newsletterList.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, description: true } });
  return Promise.all(
    lists.map(async (list) => ({
      ...list,
      audience: { commercial: await countAudience(list.id, true), nonCommercial: await countAudience(list.id, false) },
    })),
  );
}
