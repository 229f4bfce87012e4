-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "redactedAt" TIMESTAMPTZ(3),
ADD COLUMN     "remindBeforeExpiry" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "remindDuringWindow" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "reminderEmail" TEXT;

-- CreateTable
CREATE TABLE "AppPurchase" (
    "id" UUID NOT NULL,
    "shopId" UUID NOT NULL,
    "shopifyPurchaseId" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "currencyCode" TEXT NOT NULL,
    "test" BOOLEAN NOT NULL,
    "developerId" UUID,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "purchasedAt" TIMESTAMPTZ(3) NOT NULL,
    "packId" UUID,
    "resolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AppPurchase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BannerDismissal" (
    "shopId" UUID NOT NULL,
    "packId" UUID NOT NULL,
    "threshold" TEXT NOT NULL,
    "dismissedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BannerDismissal_pkey" PRIMARY KEY ("shopId","packId","threshold")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "shopId" UUID NOT NULL,
    "eventId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("shopId","eventId")
);

-- CreateIndex
CREATE INDEX "AppPurchase_status_purchasedAt_idx" ON "AppPurchase"("status", "purchasedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AppPurchase_shopId_shopifyPurchaseId_key" ON "AppPurchase"("shopId", "shopifyPurchaseId");

-- CreateIndex
CREATE UNIQUE INDEX "AppPurchase_shopId_id_key" ON "AppPurchase"("shopId", "id");

-- AddForeignKey
ALTER TABLE "AppPurchase" ADD CONSTRAINT "AppPurchase_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppPurchase" ADD CONSTRAINT "AppPurchase_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BannerDismissal" ADD CONSTRAINT "BannerDismissal_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BannerDismissal" ADD CONSTRAINT "BannerDismissal_shopId_packId_fkey" FOREIGN KEY ("shopId", "packId") REFERENCES "Pack"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEvent" ADD CONSTRAINT "WebhookEvent_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


ALTER TABLE "AppPurchase" ADD CONSTRAINT "AppPurchase_status_known"
  CHECK ("status" IN ('PENDING', 'ACTIVE', 'DECLINED', 'EXPIRED'));
ALTER TABLE "AppPurchase" ADD CONSTRAINT "AppPurchase_credited_only_when_active"
  CHECK ("packId" IS NULL OR "status" = 'ACTIVE');
ALTER TABLE "AppPurchase" ADD CONSTRAINT "AppPurchase_price_positive" CHECK ("priceCents" > 0);
ALTER TABLE "BannerDismissal" ADD CONSTRAINT "BannerDismissal_threshold_known"
  CHECK ("threshold" IN ('30', '14', '7', '1', 'window'));
