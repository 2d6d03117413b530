// Ends the current session: the database row first (so a copied cookie is worthless), then the cookie.
import 'server-only';
import { prisma } from '@/lib/db/client';
import { getCurrentSession } from './guards';
import { signOut } from './next-auth';
import { revokeSession } from './sessions';

export async function endCurrentSession(): Promise<void> {
  const session = await getCurrentSession();
  if (session) await revokeSession(prisma, session.user.id, session.id);
  await signOut({ redirect: false });
}
