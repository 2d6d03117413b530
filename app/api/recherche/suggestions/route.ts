// GET /api/recherche/suggestions?q=…&lieu=… — suggestions as the visitor types in « Quoi ? »
// (categories, communes, listing titles; at most 8), for the search form's combobox.
import { NextResponse, type NextRequest } from 'next/server';
import { searchSuggestions, suggestionsQuerySchema } from '@/lib/search/suggestions';

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const parsed = suggestionsQuerySchema.safeParse({ q: params.get('q') ?? '', lieu: params.get('lieu') ?? undefined });
  if (!parsed.success) {
    return NextResponse.json({ suggestions: [] }, { headers: { 'Cache-Control': 'no-store' } });
  }
  const suggestions = await searchSuggestions(parsed.data);
  // Public data only, the same for everyone: browsers and shared caches may keep it a little while.
  return NextResponse.json({ suggestions }, { headers: { 'Cache-Control': 'public, max-age=60, s-maxage=300' } });
}
