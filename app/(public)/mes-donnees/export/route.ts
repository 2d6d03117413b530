// « Télécharger mes données » of /mes-donnees: everything tied to the address of the session cookie,
// as a JSON attachment, never cached.
import { cookies } from 'next/headers';
import { exportPersonalData, findPersonalDataSession, PERSONAL_DATA_COOKIE } from '@/lib/privacy/personal-data';

export async function GET() {
  const session = await findPersonalDataSession((await cookies()).get(PERSONAL_DATA_COOKIE)?.value);
  if (!session) return new Response('Votre accès a expiré : demandez un nouveau lien sur /mes-donnees.', { status: 401 });
  const data = await exportPersonalData(session.email);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="jauto-entreprends-mes-donnees-${data.exportedAt.slice(0, 10)}.json"`,
      'Cache-Control': 'no-store',
    },
  });
}
