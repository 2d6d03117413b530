'use server';
// « Lancer maintenant » in /admin/conservation: the same purge as the nightly job, run at once.
import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/log';
import { prisma } from '@/lib/db/client';
import { adminFormAction } from '@/lib/forms/action';
import { failure, success } from '@/lib/forms/form-state';
import { runRetentionPurge } from './retention';

export const runPurgeNowAction = adminFormAction(z.object({}), async ({ formData, session }) => {
  const report = await runRetentionPurge({ trigger: 'MANUAL' });
  await recordAudit(prisma, {
    actorId: session.user.id,
    action: 'retention.run_manually',
    subjectType: 'RetentionRun',
    subjectId: report.runId,
  });
  revalidatePath('/admin/conservation');
  const total = Object.values(report.counts).reduce((sum, count) => sum + (count ?? 0), 0);
  if (report.errors.length) return failure(formData, `Purge terminée avec ${report.errors.length} erreur(s)\u00a0: voir le rapport ci-dessous.`);
  return success(total === 0 ? 'Purge terminée\u00a0: rien n’était arrivé à échéance.' : `Purge terminée\u00a0: ${total} élément(s) traité(s).`);
});
