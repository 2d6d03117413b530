-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "InquiryAnswer" (
    "id" TEXT NOT NULL,
    "inquiryId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InquiryAnswer_inquiryId_createdAt_idx" ON "InquiryAnswer"("inquiryId", "createdAt");

-- CreateIndex
CREATE INDEX "Inquiry_lastMessageAt_idx" ON "Inquiry"("lastMessageAt");

-- AddForeignKey
ALTER TABLE "InquiryAnswer" ADD CONSTRAINT "InquiryAnswer_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
UPDATE "Inquiry" SET "lastMessageAt" = "createdAt";
