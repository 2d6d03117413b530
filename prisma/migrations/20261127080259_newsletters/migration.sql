-- CreateEnum
CREATE TYPE "SubscriptionSource" AS ENUM ('ADVERTISER_SIGN_UP', 'REVIEW_FORM', 'NEWSLETTER_FORM');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENT', 'DELIVERED', 'BOUNCED', 'COMPLAINED', 'SKIPPED', 'FAILED');

-- AlterEnum
ALTER TYPE "IssueStatus" ADD VALUE 'SCHEDULED';

-- AlterTable
ALTER TABLE "NewsletterDelivery" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "batchKey" TEXT,
ADD COLUMN     "bouncedAt" TIMESTAMP(3),
ADD COLUMN     "complainedAt" TIMESTAMP(3),
ADD COLUMN     "deliveredAt" TIMESTAMP(3),
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMP(3),
ADD COLUMN     "sentAt" TIMESTAMP(3),
ADD COLUMN     "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "unsubscribedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "NewsletterIssue" ADD COLUMN     "isCommercial" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "lastTestSentAt" TIMESTAMP(3),
ADD COLUMN     "preheader" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "recipientCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "scheduledAt" TIMESTAMP(3),
ADD COLUMN     "startedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "NewsletterSubscription" ADD COLUMN     "lastContactAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "source" "SubscriptionSource";

-- CreateIndex
CREATE INDEX "NewsletterDelivery_issueId_status_subscriptionId_idx" ON "NewsletterDelivery"("issueId", "status", "subscriptionId");

-- CreateIndex
CREATE INDEX "NewsletterDelivery_issueId_leaseUntil_idx" ON "NewsletterDelivery"("issueId", "leaseUntil");

-- CreateIndex
CREATE INDEX "NewsletterDelivery_batchKey_idx" ON "NewsletterDelivery"("batchKey");

-- CreateIndex
CREATE INDEX "NewsletterIssue_status_scheduledAt_idx" ON "NewsletterIssue"("status", "scheduledAt");

-- CreateIndex
CREATE INDEX "NewsletterSubscription_email_idx" ON "NewsletterSubscription"("email");
