-- AlterTable
ALTER TABLE "DataRequest" ADD COLUMN     "subjectEmail" CITEXT;
