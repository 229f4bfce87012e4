-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "customQuoteRateCents" INTEGER,
ADD COLUMN     "overrunTolerancePercent" INTEGER;

-- AlterTable
ALTER TABLE "InvoiceLine" ADD COLUMN     "quoteTitle" TEXT,
ALTER COLUMN "packTier" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Quote" ADD COLUMN     "chargedMinutes" INTEGER,
ADD COLUMN     "completionNote" TEXT,
ADD COLUMN     "disputeReason" TEXT,
ADD COLUMN     "disputedAt" TIMESTAMPTZ(3),
ADD COLUMN     "paidAt" TIMESTAMPTZ(3),
ADD COLUMN     "paidWith" TEXT,
ADD COLUMN     "paymentId" UUID,
ADD COLUMN     "priceCents" INTEGER,
ADD COLUMN     "resolutionReason" TEXT,
ADD COLUMN     "resolvedById" UUID,
ADD COLUMN     "submittedAt" TIMESTAMPTZ(3),
ADD COLUMN     "withdrawnAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Settlement" ADD COLUMN     "quoteId" UUID,
ALTER COLUMN "packId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "AppPurchase" ADD COLUMN     "estimateMinutes" INTEGER,
ADD COLUMN     "quoteId" UUID,
ALTER COLUMN "tier" DROP NOT NULL;

-- CreateTable
CREATE TABLE "CompanySettings" (
    "id" TEXT NOT NULL DEFAULT 'company',
    "customQuoteRateCents" INTEGER NOT NULL DEFAULT 9500,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CompanySettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Quote_status_idx" ON "Quote"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Settlement_shopId_quoteId_key" ON "Settlement"("shopId", "quoteId");

-- CreateIndex
CREATE INDEX "AppPurchase_shopId_quoteId_idx" ON "AppPurchase"("shopId", "quoteId");

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "Developer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_shopId_quoteId_fkey" FOREIGN KEY ("shopId", "quoteId") REFERENCES "Quote"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppPurchase" ADD CONSTRAINT "AppPurchase_shopId_quoteId_fkey" FOREIGN KEY ("shopId", "quoteId") REFERENCES "Quote"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Written by hand: the quotes accepted so far were approved against hours, and a completed one
-- was charged its actual time, when the developer completed it.
UPDATE "Quote" SET "paidWith" = 'hours' WHERE "approvedAt" IS NOT NULL;
UPDATE "Quote" SET "chargedMinutes" = "actualMinutes", "submittedAt" = "closedAt" WHERE "status" = 'completed';

-- Written by hand (Prisma's schema language has no CHECK constraints): the new statuses and
-- bases, and which columns go together.
ALTER TABLE "Quote" DROP CONSTRAINT "Quote_valid";
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_valid" CHECK (
  "estimateMinutes" > 0 AND ("actualMinutes" IS NULL OR "actualMinutes" > 0)
  AND "status" IN ('pending', 'approved', 'awaiting_approval', 'disputed', 'declined', 'cancelled', 'completed')
  AND ("paidWith" IS NULL OR "paidWith" IN ('hours', 'money'))
  AND (COALESCE("paidWith", '') = 'money') = ("priceCents" IS NOT NULL AND "paymentId" IS NOT NULL)
  AND ("status" NOT IN ('awaiting_approval', 'disputed') OR ("paidWith" = 'hours' AND "actualMinutes" IS NOT NULL))
  AND ("status" = 'completed') = ("chargedMinutes" IS NOT NULL)
  AND ("chargedMinutes" IS NULL OR "chargedMinutes" >= 0)
);
-- A settlement is a pack's or a custom quote's, never both; only a quote's is custom_quote.
ALTER TABLE "Settlement" DROP CONSTRAINT "Settlement_valid";
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_valid" CHECK (
  "minutes" >= 0 AND "basis" IN ('delivered', 'whole_pack', 'custom_quote')
  AND num_nonnulls("packId", "quoteId") = 1 AND ("quoteId" IS NOT NULL) = ("basis" = 'custom_quote')
);
ALTER TABLE "InvoiceLine" DROP CONSTRAINT "InvoiceLine_basis_check";
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_basis_check" CHECK (
  "basis" IN ('delivered', 'whole_pack', 'custom_quote') AND ("packTier" IS NULL) <> ("quoteTitle" IS NULL)
);
-- A purchase buys a pack tier or a custom quote (priced on the estimate it records), never both.
ALTER TABLE "AppPurchase" ADD CONSTRAINT "AppPurchase_tier_or_quote" CHECK (
  ("tier" IS NULL) <> ("quoteId" IS NULL) AND ("quoteId" IS NULL) = ("estimateMinutes" IS NULL)
);
