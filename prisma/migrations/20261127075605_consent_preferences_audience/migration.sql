-- CreateEnum
CREATE TYPE "NoticeCategory" AS ENUM ('FAKE_REVIEW', 'DEFAMATION', 'HATE_OR_HARASSMENT', 'FRAUD', 'INTELLECTUAL_PROPERTY', 'PRIVACY', 'CHILD_SEXUAL_ABUSE', 'OTHER');

-- CreateEnum
CREATE TYPE "SurveyAudience" AS ENUM ('VISITORS', 'ADVERTISERS', 'CLIENTS');

-- CreateEnum
CREATE TYPE "RetentionTrigger" AS ENUM ('SCHEDULED', 'MANUAL');

-- AlterEnum
ALTER TYPE "OptOutChannel" ADD VALUE 'WEB';

-- DropIndex
DROP INDEX "Subscription_advertiserId_idx";

-- DropIndex
DROP INDEX "SurveyResponse_surveyId_idx";

-- AlterTable
ALTER TABLE "ConsentRecord" ADD COLUMN     "charterVersionId" TEXT,
ADD COLUMN     "preferences" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ContentNotice" ADD COLUMN     "category" "NoticeCategory" NOT NULL DEFAULT 'OTHER',
ALTER COLUMN "reporterName" DROP NOT NULL,
ALTER COLUMN "reporterEmail" DROP NOT NULL;

-- AlterTable
ALTER TABLE "DataRequest" ADD COLUMN     "legalAuthority" TEXT;

-- AlterTable
ALTER TABLE "ListingSearch" ADD COLUMN     "publicUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "RetentionRun" ADD COLUMN     "trigger" "RetentionTrigger" NOT NULL DEFAULT 'SCHEDULED';

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "anonymizedAt" TIMESTAMP(3),
ALTER COLUMN "authorEmail" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ReviewCode" ADD COLUMN     "clientEmail" CITEXT,
ADD COLUMN     "clientName" TEXT,
ADD COLUMN     "hint" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "revokedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "endedAt" TIMESTAMP(3),
ADD COLUMN     "paymentFailedAt" TIMESTAMP(3),
ADD COLUMN     "publicUntil" TIMESTAMP(3),
ADD COLUMN     "trialEnd" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "allowAnonymous" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "audience" "SurveyAudience" NOT NULL DEFAULT 'VISITORS',
ADD COLUMN     "invitation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "openedAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "SurveyResponse" ADD COLUMN     "respondentKey" TEXT NOT NULL;

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "advertiserId" TEXT NOT NULL,
    "stripeInvoiceId" TEXT NOT NULL,
    "stripeSubscriptionId" TEXT,
    "number" TEXT,
    "amountTotal" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "hostedInvoiceUrl" TEXT,
    "invoicePdfUrl" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "lastEventCreatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AudienceDay" (
    "day" DATE NOT NULL,
    "path" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AudienceDay_pkey" PRIMARY KEY ("day","path")
);

-- CreateTable
CREATE TABLE "PersonalDataAccess" (
    "id" TEXT NOT NULL,
    "email" CITEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "sessionHash" TEXT,
    "sessionExpiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonalDataAccess_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_stripeInvoiceId_key" ON "Invoice"("stripeInvoiceId");

-- CreateIndex
CREATE INDEX "Invoice_advertiserId_issuedAt_idx" ON "Invoice"("advertiserId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalDataAccess_tokenHash_key" ON "PersonalDataAccess"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalDataAccess_sessionHash_key" ON "PersonalDataAccess"("sessionHash");

-- CreateIndex
CREATE INDEX "PersonalDataAccess_email_idx" ON "PersonalDataAccess"("email");

-- CreateIndex
CREATE INDEX "PersonalDataAccess_expiresAt_idx" ON "PersonalDataAccess"("expiresAt");

-- CreateIndex
CREATE INDEX "Subscription_advertiserId_publicUntil_idx" ON "Subscription"("advertiserId", "publicUntil");

-- CreateIndex
CREATE INDEX "Survey_status_audience_idx" ON "Survey"("status", "audience");

-- CreateIndex
CREATE INDEX "SurveyResponse_surveyId_createdAt_idx" ON "SurveyResponse"("surveyId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_surveyId_respondentKey_key" ON "SurveyResponse"("surveyId", "respondentKey");

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_advertiserId_fkey" FOREIGN KEY ("advertiserId") REFERENCES "AdvertiserProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_charterVersionId_fkey" FOREIGN KEY ("charterVersionId") REFERENCES "CharterVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
