'use server';
// Server actions of billing: subscribe (to Stripe Checkout), manage (to the Customer Portal), the demo
// checkout and portal, and the team's promotion codes. Each validates, checks who asks, then acts on
// that advertiser's own customer and subscription only.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { adminFormAction, advertiserFormAction } from '@/lib/forms/action';
import { failure, invalid, success } from '@/lib/forms/form-state';
import { openPortal, startCheckout } from './checkout';
import { completeDemoCheckout, runDemoPortalAction } from './demo';
import { createPromotion, deactivatePromotion } from './promotions';
import { deactivatePromotionSchema, demoCheckoutSchema, demoPortalSchema, emptySchema, promotionSchema, subscribeSchema } from './schema';

const STRIPE_DOWN = 'Le service de paiement ne répond pas pour le moment. Réessayez dans quelques minutes.';

export const subscribeAction = advertiserFormAction(subscribeSchema, async ({ data, formData, session }) => {
  let url: string;
  try {
    const result = await startCheckout(session.advertiserId, data.plan);
    if (!result.ok) return failure(formData, result.reason);
    url = result.url;
  } catch (error) {
    console.error('Stripe checkout failed:', error);
    return failure(formData, STRIPE_DOWN);
  }
  redirect(url);
});

export const openPortalAction = advertiserFormAction(emptySchema, async ({ formData, session }) => {
  let url: string;
  try {
    const result = await openPortal(session.advertiserId);
    if (!result.ok) return failure(formData, result.reason);
    url = result.url;
  } catch (error) {
    console.error('Stripe portal failed:', error);
    return failure(formData, STRIPE_DOWN);
  }
  redirect(url);
});

export const completeDemoCheckoutAction = advertiserFormAction(demoCheckoutSchema, async ({ data, formData, session }) => {
  const result = await completeDemoCheckout(data.session, session.advertiserId, data.promotionCode);
  if (!result.ok) {
    return result.field ? invalid(formData, { [result.field]: result.reason }, result.reason) : failure(formData, result.reason);
  }
  revalidatePath('/espace/abonnement');
  redirect(result.url);
});

export const demoPortalAction = advertiserFormAction(demoPortalSchema, async ({ data, formData, session }) => {
  const result = await runDemoPortalAction(data.session, session.advertiserId, data.action, data.plan);
  if (!result.ok) return failure(formData, result.reason);
  revalidatePath('/espace/abonnement');
  redirect(result.url);
});

export const createPromotionAction = adminFormAction(promotionSchema, async ({ data, formData, session }) => {
  const result = await createPromotion(session.user.id, data);
  if (!result.ok) return result.field ? invalid(formData, { [result.field]: result.reason }) : failure(formData, result.reason);
  revalidatePath('/admin/promotions');
  return success(`Code ${result.code} créé.`);
});

export const deactivatePromotionAction = adminFormAction(deactivatePromotionSchema, async ({ data, formData, session }) => {
  try {
    const result = await deactivatePromotion(session.user.id, data.id);
    revalidatePath('/admin/promotions');
    return success(`Code ${result.ok ? result.code : ''} désactivé.`);
  } catch (error) {
    console.error('Stripe promotion update failed:', error);
    return failure(formData, STRIPE_DOWN);
  }
});
