-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "mergedIntoId" TEXT;

-- CreateTable
CREATE TABLE "CompanyDuplicateDismissal" (
    "firstId" TEXT NOT NULL,
    "secondId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompanyDuplicateDismissal_pkey" PRIMARY KEY ("firstId","secondId")
);

-- CreateIndex
CREATE INDEX "CompanyDuplicateDismissal_secondId_idx" ON "CompanyDuplicateDismissal"("secondId");

-- CreateIndex
CREATE INDEX "Company_name_trgm_idx" ON "Company" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Company_contactEmail_trgm_idx" ON "Company" USING GIN ("contactEmail" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Invoice_number_trgm_idx" ON "Invoice" USING GIN ("number" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyDuplicateDismissal" ADD CONSTRAINT "CompanyDuplicateDismissal_firstId_fkey" FOREIGN KEY ("firstId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyDuplicateDismissal" ADD CONSTRAINT "CompanyDuplicateDismissal_secondId_fkey" FOREIGN KEY ("secondId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

