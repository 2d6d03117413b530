// Audience beacon: one page view of a page template, counted only when the request carries the
// « Mesure d'audience » consent. Nothing about the sender is read or stored (no IP, no cookie set).
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { countView } from '@/lib/consent/audience';
import { pathTemplate } from '@/lib/consent/audience-path';
import { requestConsent } from '@/lib/consent/proxy';

const beaconSchema = z.object({ path: z.string().max(300) });

export async function POST(request: NextRequest) {
  if (!requestConsent(request).audience) return new NextResponse(null, { status: 204 });
  const body = beaconSchema.safeParse(await request.json().catch(() => null));
  const template = body.success ? pathTemplate(body.data.path) : null;
  if (!template) return new NextResponse(null, { status: 204 });
  await countView(template);
  return new NextResponse(null, { status: 204 });
}
