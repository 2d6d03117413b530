'use server';
// The composer's actions (team only): save a draft, send a test to oneself, schedule, send now.
// Content can change only while the issue is a draft; every transition is one conditional update.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { prisma } from '@/lib/db/client';
import { enqueueEmail } from '@/lib/email/outbox';
import { adminFormAction } from '@/lib/forms/action';
import { failure, invalid, success } from '@/lib/forms/form-state';
import { formatDateTimeParis } from './format';
import { requestFanOut } from './jobs';
import { fromParisLocalInput } from './paris-time';
import { issueIdSchema, issueSchema, scheduleSchema } from './schema';

const issuePath = (id: string) => `/admin/newsletters/${id}`;
const NOT_A_DRAFT = 'Cette lettre n’est plus un brouillon (programmée ou envoyée)\u00a0: elle ne peut plus être modifiée.';

export const saveIssueAction = adminFormAction(issueSchema, async ({ data, formData, session }) => {
  const list = await prisma.newsletterList.findUnique({ where: { id: data.listId }, select: { id: true } });
  if (!list) return invalid(formData, { listId: 'Choisissez une des listes proposées.' });
  const content = {
    listId: list.id,
    subject: data.subject,
    preheader: data.preheader,
    bodyMarkdown: data.bodyMarkdown,
    isCommercial: data.commercial === 'on',
  };
  if (!data.issueId) {
    const issue = await prisma.newsletterIssue.create({ data: { ...content, createdById: session.user.id }, select: { id: true } });
    redirect(issuePath(issue.id));
  }
  const { count } = await prisma.newsletterIssue.updateMany({ where: { id: data.issueId, status: 'DRAFT' }, data: content });
  if (count === 0) return failure(formData, NOT_A_DRAFT);
  revalidatePath(issuePath(data.issueId));
  return success('Brouillon enregistré. L’aperçu ci-dessous montre cette version.');
});

export const sendTestAction = adminFormAction(issueIdSchema, async ({ data, formData, session }) => {
  const issue = await prisma.newsletterIssue.findUnique({ where: { id: data.issueId }, select: { id: true, subject: true } });
  if (!issue) return failure(formData, 'Cette lettre n’existe plus.');
  const now = new Date();
  const result = await enqueueEmail(prisma, {
    to: session.user.email,
    template: 'newsletter',
    props: { issueId: issue.id, subscriptionId: null, subject: `[Test] ${issue.subject}` },
    idempotencyKey: `newsletter-test:${issue.id}:${now.getTime()}`,
  });
  if (result.outcome === 'suppressed') {
    return failure(formData, `Votre adresse ${session.user.email} est bloquée (rejet ou plainte)\u00a0: le test ne peut pas lui être envoyé.`);
  }
  await prisma.newsletterIssue.update({ where: { id: issue.id }, data: { lastTestSentAt: now } });
  revalidatePath(issuePath(issue.id));
  return success(`Test envoyé à ${session.user.email}.`);
});

export const scheduleIssueAction = adminFormAction(scheduleSchema, async ({ data, formData }) => {
  const scheduledAt = fromParisLocalInput(data.scheduledAt);
  if (!scheduledAt) return invalid(formData, { scheduledAt: 'Cette date n’existe pas (heure d’été ou d’hiver\u00a0?).' });
  if (scheduledAt.getTime() < Date.now() + 60_000) {
    return invalid(formData, { scheduledAt: 'Choisissez un moment à venir, ou «\u00a0Envoyer maintenant\u00a0».' });
  }
  const { count } = await prisma.newsletterIssue.updateMany({
    where: { id: data.issueId, status: 'DRAFT' },
    data: { status: 'SCHEDULED', scheduledAt },
  });
  if (count === 0) return failure(formData, NOT_A_DRAFT);
  revalidatePath(issuePath(data.issueId));
  return success(`Envoi programmé le ${formatDateTimeParis(scheduledAt)} (heure de Paris).`);
});

export const unscheduleIssueAction = adminFormAction(issueIdSchema, async ({ data, formData }) => {
  const { count } = await prisma.newsletterIssue.updateMany({
    where: { id: data.issueId, status: 'SCHEDULED' },
    data: { status: 'DRAFT', scheduledAt: null },
  });
  if (count === 0) return failure(formData, 'Cette lettre n’est plus programmée (son envoi a peut-être commencé).');
  revalidatePath(issuePath(data.issueId));
  return success('Programmation annulée\u00a0: la lettre est de nouveau un brouillon.');
});

export const sendNowAction = adminFormAction(issueIdSchema, async ({ data, formData }) => {
  const { count } = await prisma.newsletterIssue.updateMany({
    where: { id: data.issueId, status: 'DRAFT' },
    data: { status: 'SCHEDULED', scheduledAt: new Date() },
  });
  if (count === 0) return failure(formData, NOT_A_DRAFT);
  // The minute tick of the workers starts it anyway if the queue cannot be reached right now.
  await requestFanOut(data.issueId).catch((error: unknown) => console.error('[newsletters] fan-out request failed:', error));
  revalidatePath(issuePath(data.issueId));
  redirect(issuePath(data.issueId));
});
