// Resend's delivery webhooks (bounces, complaints, deliveries): see lib/email/resend-webhook.ts.
import { NextResponse, type NextRequest } from 'next/server';
import { handleResendWebhook } from '@/lib/email/resend-webhook';

export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest) {
  // The signature covers the exact bytes received: read the raw text, never a re-serialised JSON.
  const payload = await request.text();
  const result = await handleResendWebhook(payload, {
    id: request.headers.get('svix-id'),
    timestamp: request.headers.get('svix-timestamp'),
    signature: request.headers.get('svix-signature'),
  });
  return NextResponse.json({ result: result.body }, { status: result.status });
}
