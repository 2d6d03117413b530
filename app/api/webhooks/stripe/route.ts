// Stripe's webhooks: the raw body's signature is checked first (400, nothing stored, when it is wrong),
// then the event is applied once (lib/billing/webhooks.ts). 200 for processed, duplicate and ignored
// events; 500 when processing fails, so that Stripe delivers it again later.
import type Stripe from 'stripe';
import { handleStripeEvent } from '@/lib/billing/webhooks';
import { constructWebhookEvent } from '@/lib/billing/stripe';

const noStore = { 'Cache-Control': 'no-store' };

export async function POST(request: Request): Promise<Response> {
  const signature = request.headers.get('stripe-signature');
  const payload = await request.text();
  if (!signature) return Response.json({ error: 'Missing Stripe-Signature header' }, { status: 400, headers: noStore });
  let event: Stripe.Event;
  try {
    event = constructWebhookEvent(payload, signature);
  } catch {
    return Response.json({ error: 'Invalid signature' }, { status: 400, headers: noStore });
  }
  try {
    const outcome = await handleStripeEvent(event);
    return Response.json({ received: true, outcome }, { status: 200, headers: noStore });
  } catch (error) {
    // The event id is not stored (its transaction rolled back): Stripe's retry will process it.
    console.error(`Stripe webhook ${event.type} ${event.id} failed:`, error);
    return Response.json({ error: 'Processing failed' }, { status: 500, headers: noStore });
  }
}
