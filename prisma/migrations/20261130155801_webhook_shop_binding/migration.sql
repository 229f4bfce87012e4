-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "shopifyGid" TEXT;

-- AlterTable
ALTER TABLE "WebhookEvent" ADD COLUMN     "bodyKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_shopId_bodyKey_key" ON "WebhookEvent"("shopId", "bodyKey");

