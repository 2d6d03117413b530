// GET /api/espace/demandes/non-lues — the signed-in advertiser's count of unread inquiries, polled by
// the space's navigation badge. Private and changing: never cached.
import { NextResponse } from 'next/server';
import { getCurrentSession } from '@/lib/auth/guards';
import { countUnreadForUser } from '@/lib/inquiries/queries';

const NO_STORE = { 'Cache-Control': 'no-store' };

export async function GET() {
  const session = await getCurrentSession();
  if (!session) return NextResponse.json({ error: 'Connexion requise.' }, { status: 401, headers: NO_STORE });
  const unread = await countUnreadForUser(session.user.id);
  // The site team has no inbox: the same answer as for a route that does not exist.
  if (unread === null) return NextResponse.json({ error: 'Introuvable.' }, { status: 404, headers: NO_STORE });
  return NextResponse.json({ unread }, { headers: NO_STORE });
}
