// The team's promotion codes, kept at Stripe (the one source of truth: Checkout checks them there):
// created as a coupon plus its customer-facing code, deactivated, listed with their redemptions.
// Never shown to visitors (the charter keeps promotion codes secret). Every change is audited.
import 'server-only';
import type Stripe from 'stripe';
import { recordAudit } from '@/lib/audit/log';
import { prisma } from '@/lib/db/client';
import type { PromotionInput } from './schema';
import { stripe } from './stripe';

export type PromotionRow = {
  id: string;
  code: string;
  active: boolean;
  discount: { percentOff: number | null; amountOff: number | null };
  duration: string;
  durationInMonths: number | null;
  timesRedeemed: number;
  maxRedemptions: number | null;
  expiresAt: Date | null;
  createdAt: Date;
};

function toRow(code: Stripe.PromotionCode): PromotionRow {
  const coupon = typeof code.promotion.coupon === 'object' ? code.promotion.coupon : null;
  return {
    id: code.id,
    code: code.code,
    active: code.active,
    discount: { percentOff: coupon?.percent_off ?? null, amountOff: coupon?.amount_off ?? null },
    duration: coupon?.duration ?? 'once',
    durationInMonths: coupon?.duration_in_months ?? null,
    timesRedeemed: code.times_redeemed,
    maxRedemptions: code.max_redemptions,
    expiresAt: code.expires_at ? new Date(code.expires_at * 1000) : null,
    createdAt: new Date(code.created * 1000),
  };
}

export async function listPromotions(): Promise<PromotionRow[]> {
  const codes = await (await stripe()).promotionCodes.list({ limit: 100, expand: ['data.promotion.coupon'] });
  return codes.data.map(toRow);
}

export type PromotionResult = { ok: true; code: string } | { ok: false; field?: string; reason: string };

export async function createPromotion(actorId: string, input: PromotionInput): Promise<PromotionResult> {
  const client = await stripe();
  const existing = await client.promotionCodes.list({ code: input.code, active: true, limit: 1 });
  if (existing.data.length > 0) return { ok: false, field: 'code', reason: 'Un code actif porte déjà ce nom.' };
  const coupon = await client.coupons.create({
    ...(input.kind === 'percent'
      ? { percent_off: input.value }
      : { amount_off: Math.round(input.value * 100), currency: 'eur' }),
    duration: input.duration,
    ...(input.duration === 'repeating' && { duration_in_months: input.durationInMonths }),
    name: input.code,
  });
  let code: Stripe.PromotionCode;
  try {
    code = await client.promotionCodes.create({
      promotion: { type: 'coupon', coupon: coupon.id },
      code: input.code,
      ...(input.maxRedemptions && { max_redemptions: input.maxRedemptions }),
      ...(input.expiresOn && { expires_at: Math.floor(new Date(`${input.expiresOn}T23:59:59+01:00`).getTime() / 1000) }),
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'resource_already_exists') {
      return { ok: false, field: 'code', reason: 'Un code actif porte déjà ce nom.' };
    }
    throw error;
  }
  await recordAudit(prisma, {
    actorId,
    action: 'promotion.created',
    subjectType: 'PromotionCode',
    subjectId: code.id,
    metadata: { code: code.code, kind: input.kind, value: input.value, duration: input.duration },
  });
  return { ok: true, code: code.code };
}

export async function deactivatePromotion(actorId: string, id: string): Promise<PromotionResult> {
  const code = await (await stripe()).promotionCodes.update(id, { active: false });
  await recordAudit(prisma, {
    actorId,
    action: 'promotion.deactivated',
    subjectType: 'PromotionCode',
    subjectId: code.id,
    metadata: { code: code.code },
  });
  return { ok: true, code: code.code };
}
