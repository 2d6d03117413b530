-- DropForeignKey
ALTER TABLE "Invoice" DROP CONSTRAINT "Invoice_advertiserId_fkey";

-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN     "billedName" TEXT NOT NULL,
ADD COLUMN     "billedSiret" CHAR(14) NOT NULL,
ALTER COLUMN "advertiserId" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_advertiserId_fkey" FOREIGN KEY ("advertiserId") REFERENCES "AdvertiserProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
