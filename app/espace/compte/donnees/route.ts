// « Télécharger mes données »: the signed-in advertiser's data as a JSON attachment, never cached.
import { exportAccountData } from '@/lib/accounts/export';
import { getCurrentSession } from '@/lib/auth/guards';

export async function GET() {
  const session = await getCurrentSession();
  if (!session) return new Response('Connectez-vous pour télécharger vos données.', { status: 401 });
  const data = await exportAccountData(session.user.id);
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="jauto-entreprends-mes-donnees-${day}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
