// The audit log: every access of the team to someone's personal data outside the normal flows, and
// every security-relevant change to an account, with who, what, when and why.
import 'server-only';
import type { Db, Prisma } from '@/lib/db/client';

export type AuditEntry = {
  /** The person acting; null for the system (jobs) or a user who no longer exists. */
  actorId: string | null;
  /** Dotted verb, e.g. `advertiser.viewed`, `account.deleted`, `account.email_changed`. */
  action: string;
  subjectType: string;
  subjectId?: string | null;
  subjectUserId?: string | null;
  /** Required when the team looks at someone's data: the reason they gave. */
  reason?: string | null;
  metadata?: Prisma.InputJsonValue;
};

export async function recordAudit(db: Pick<Db, 'auditLog'>, entry: AuditEntry): Promise<{ id: string }> {
  return db.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId ?? null,
      subjectUserId: entry.subjectUserId ?? null,
      reason: entry.reason ?? null,
      metadata: entry.metadata,
    },
    select: { id: true },
  });
}
