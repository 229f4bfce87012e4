-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "earlyRenewalDays" INTEGER NOT NULL DEFAULT 14,
ADD COLUMN     "retentionWindowDays" INTEGER NOT NULL DEFAULT 3,
ALTER COLUMN "installedAt" SET DATA TYPE TIMESTAMPTZ(3),
ALTER COLUMN "uninstalledAt" SET DATA TYPE TIMESTAMPTZ(3),
ALTER COLUMN "createdAt" SET DATA TYPE TIMESTAMPTZ(3),
ALTER COLUMN "updatedAt" SET DATA TYPE TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Developer" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Developer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pack" (
    "id" UUID NOT NULL,
    "shopId" UUID NOT NULL,
    "tier" TEXT NOT NULL,
    "ownMinutes" INTEGER NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "paidAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3),
    "source" TEXT NOT NULL,
    "shopifyPurchaseId" TEXT,
    "developerId" UUID,
    "ownRemaining" INTEGER NOT NULL DEFAULT 0,
    "carriedRemaining" INTEGER NOT NULL DEFAULT 0,
    "heldOwn" INTEGER NOT NULL DEFAULT 0,
    "heldCarried" INTEGER NOT NULL DEFAULT 0,
    "usedOwn" INTEGER NOT NULL DEFAULT 0,
    "usedCarried" INTEGER NOT NULL DEFAULT 0,
    "carriedIn" INTEGER NOT NULL DEFAULT 0,
    "carriedOut" INTEGER NOT NULL DEFAULT 0,
    "expired" INTEGER NOT NULL DEFAULT 0,
    "adjusted" INTEGER NOT NULL DEFAULT 0,
    "outcome" TEXT,
    "carriedOutToId" UUID,
    "carriedInFromId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" BIGSERIAL NOT NULL,
    "shopId" UUID NOT NULL,
    "packId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "own" INTEGER NOT NULL,
    "carried" INTEGER NOT NULL,
    "quoteId" UUID,
    "relatedPackId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Quote" (
    "id" UUID NOT NULL,
    "shopId" UUID NOT NULL,
    "developerId" UUID,
    "reference" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "estimateMinutes" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "actualMinutes" INTEGER,
    "declineReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "approvedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Settlement" (
    "id" UUID NOT NULL,
    "shopId" UUID NOT NULL,
    "packId" UUID NOT NULL,
    "developerId" UUID,
    "basis" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "settledAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Settlement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Developer_email_key" ON "Developer"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Pack_carriedOutToId_key" ON "Pack"("carriedOutToId");

-- CreateIndex
CREATE UNIQUE INDEX "Pack_carriedInFromId_key" ON "Pack"("carriedInFromId");

-- CreateIndex
CREATE INDEX "Pack_shopId_expiresAt_idx" ON "Pack"("shopId", "expiresAt");

-- CreateIndex
CREATE INDEX "Pack_expiresAt_idx" ON "Pack"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Pack_shopId_shopifyPurchaseId_key" ON "Pack"("shopId", "shopifyPurchaseId");

-- CreateIndex
CREATE UNIQUE INDEX "Pack_shopId_id_key" ON "Pack"("shopId", "id");

-- CreateIndex
CREATE INDEX "LedgerEntry_shopId_packId_id_idx" ON "LedgerEntry"("shopId", "packId", "id");

-- CreateIndex
CREATE INDEX "LedgerEntry_shopId_quoteId_idx" ON "LedgerEntry"("shopId", "quoteId");

-- CreateIndex
CREATE INDEX "Quote_shopId_status_idx" ON "Quote"("shopId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_shopId_reference_key" ON "Quote"("shopId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "Quote_shopId_id_key" ON "Quote"("shopId", "id");

-- CreateIndex
CREATE INDEX "Settlement_developerId_idx" ON "Settlement"("developerId");

-- CreateIndex
CREATE UNIQUE INDEX "Settlement_shopId_packId_key" ON "Settlement"("shopId", "packId");

-- AddForeignKey
ALTER TABLE "Pack" ADD CONSTRAINT "Pack_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pack" ADD CONSTRAINT "Pack_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_shopId_packId_fkey" FOREIGN KEY ("shopId", "packId") REFERENCES "Pack"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_shopId_packId_fkey" FOREIGN KEY ("shopId", "packId") REFERENCES "Pack"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Written by hand (Prisma's schema language has no CHECK constraints or triggers):
-- the database itself refuses an overdrawn or unbalanced pack, and any rewrite of history.
ALTER TABLE "Pack" ADD CONSTRAINT "Pack_balances_valid" CHECK (
  "ownRemaining" >= 0 AND "carriedRemaining" >= 0
  AND "heldOwn" >= 0 AND "heldCarried" >= 0
  AND "heldOwn" <= "ownRemaining" AND "heldCarried" <= "carriedRemaining"
  AND "usedOwn" >= 0 AND "usedCarried" >= 0 AND "carriedIn" >= 0 AND "carriedOut" >= 0 AND "expired" >= 0
  AND "ownMinutes" + "adjusted" + "carriedIn"
      = "usedOwn" + "usedCarried" + "ownRemaining" + "carriedRemaining" + "expired" + "carriedOut"
);
ALTER TABLE "Pack" ADD CONSTRAINT "Pack_outcome_valid" CHECK ("outcome" IS NULL OR "outcome" IN ('carried', 'expired'));
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_kind_valid" CHECK (
  "kind" IN ('purchase', 'hold', 'release', 'usage', 'carry_out', 'carry_in', 'expiry', 'adjustment')
);
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_valid" CHECK (
  "estimateMinutes" > 0 AND ("actualMinutes" IS NULL OR "actualMinutes" > 0)
  AND "status" IN ('pending', 'approved', 'declined', 'cancelled', 'completed')
);
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_valid" CHECK (
  "minutes" >= 0 AND "basis" IN ('delivered', 'whole_pack')
);

CREATE FUNCTION "ledger_entry_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'LedgerEntry is append-only: record a correcting entry instead';
END;
$$;
CREATE TRIGGER "LedgerEntry_append_only" BEFORE UPDATE OR DELETE ON "LedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION "ledger_entry_is_append_only"();
