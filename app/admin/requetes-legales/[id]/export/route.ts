// GET /admin/requetes-legales/<id>/export — the JSON of everything tied to the e-mail of a recorded
// requisition. Team members only; each download is written to the audit log with the reference.
import { getCurrentSession } from '@/lib/auth/guards';
import { exportForLegalRequest } from '@/lib/privacy/legal-requests';

const NO_STORE = { 'Cache-Control': 'no-store' };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await getCurrentSession();
  // Everyone else gets the same 404 as for /admin itself.
  if (session?.user.role !== 'ADMIN') return new Response('Introuvable.', { status: 404, headers: NO_STORE });
  const { id } = await params;
  const data = await exportForLegalRequest(id, session.user.id);
  if (!data) return new Response('Introuvable.', { status: 404, headers: NO_STORE });
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...NO_STORE,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="requete-legale-${data.request.id}-${day}.json"`,
    },
  });
}
