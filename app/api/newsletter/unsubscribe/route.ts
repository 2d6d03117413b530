// RFC 8058 one-click unsubscribe, the URL of every newsletter's List-Unsubscribe header. The mailbox
// provider POSTs `List-Unsubscribe=One-Click` with no cookie and no CSRF token: the signed token in
// the URL is the whole authorisation, and the answer is final (no redirect). A GET — a person's click,
// or a link scanner — only leads to the preference page, which asks before acting.
import { NextResponse, type NextRequest } from 'next/server';
import { PREFERENCES_PATH } from '@/lib/newsletters/links';
import { unsubscribeByToken } from '@/lib/newsletters/preferences';

export const dynamic = 'force-dynamic';

const text = (body: string, status: number) =>
  new NextResponse(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export async function POST(request: NextRequest) {
  const outcome = await unsubscribeByToken(request.nextUrl.searchParams.get('token'));
  if (outcome === 'unknown') return text('Lien de désinscription invalide.', 400);
  return text('Vous êtes désinscrit de cette lettre d’information.', 200);
}

export function GET(request: NextRequest) {
  const target = new URL(PREFERENCES_PATH, request.nextUrl.origin);
  const token = request.nextUrl.searchParams.get('token');
  if (token) target.searchParams.set('jeton', token);
  return NextResponse.redirect(target, 303);
}
