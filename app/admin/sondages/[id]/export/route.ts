// GET /admin/sondages/<id>/export — every response as CSV (French Excel: UTF-8 BOM, « ; »), for the
// team only. Free-text answers may hold personal details people typed anyway: each export is written
// to the audit log.
import { NextResponse } from 'next/server';
import { recordAudit } from '@/lib/audit/log';
import { getCurrentSession } from '@/lib/auth/guards';
import { prisma } from '@/lib/db/client';
import { toCsv } from '@/lib/surveys/csv';
import { SURVEY_EXPORTED, surveyCsvRows } from '@/lib/surveys/results';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getCurrentSession();
  const { id } = await params;
  // Anyone but the team gets the same answer as for an address that does not exist.
  if (session?.user.role !== 'ADMIN') return new NextResponse('Introuvable.', { status: 404 });
  const survey = await prisma.survey.findUnique({ where: { id }, select: { id: true, slug: true } });
  if (!survey) return new NextResponse('Introuvable.', { status: 404 });

  const rows = await surveyCsvRows(survey.id);
  await recordAudit(prisma, {
    actorId: session.user.id,
    action: SURVEY_EXPORTED,
    subjectType: 'survey',
    subjectId: survey.id,
    metadata: { responses: rows.length - 1 },
  });
  return new NextResponse(toCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="sondage-${survey.slug}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
