-- AlterTable
ALTER TABLE "Listing" ADD COLUMN     "pitch" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "services" JSONB,
ADD COLUMN     "showPhone" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "socialLinks" JSONB;
