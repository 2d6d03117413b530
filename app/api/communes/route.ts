// GET /api/communes?q=… — departments and communes for the listing editor's « Zone d'intervention »
// combobox (at most 10). Public data, the same for everyone: cached for a day.
import { NextResponse, type NextRequest } from 'next/server';
import { placeQuerySchema, searchPlaces } from '@/lib/geo/place-search';

const ONE_DAY = 86_400;

export async function GET(request: NextRequest) {
  const parsed = placeQuerySchema.safeParse(request.nextUrl.searchParams.get('q') ?? '');
  if (!parsed.success) return NextResponse.json({ places: [] }, { headers: { 'Cache-Control': 'no-store' } });
  const places = await searchPlaces(parsed.data);
  return NextResponse.json(
    { places },
    { headers: { 'Cache-Control': `public, max-age=${ONE_DAY}, s-maxage=${ONE_DAY}` } },
  );
}
