-- Every tenant table's primary key, unique keys and foreign keys include "shopId", so that the
-- tables can be distributed by shop on Citus (docs/decisions/130). Written by hand in this order:
-- the old (shopId, id) unique indexes carry foreign keys, which are dropped first and added back
-- once the composite primary keys exist (same names, same columns, now on the primary keys).

-- DropForeignKey
ALTER TABLE "InvoiceLine" DROP CONSTRAINT "InvoiceLine_settlementId_fkey";
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_shopId_packId_fkey";
ALTER TABLE "Settlement" DROP CONSTRAINT "Settlement_shopId_packId_fkey";
ALTER TABLE "BannerDismissal" DROP CONSTRAINT "BannerDismissal_shopId_packId_fkey";
ALTER TABLE "Reminder" DROP CONSTRAINT "Reminder_shopId_packId_fkey";
ALTER TABLE "TimeEntry" DROP CONSTRAINT "TimeEntry_shopId_quoteId_fkey";
ALTER TABLE "Settlement" DROP CONSTRAINT "Settlement_shopId_quoteId_fkey";
ALTER TABLE "AppPurchase" DROP CONSTRAINT "AppPurchase_shopId_quoteId_fkey";
ALTER TABLE "DeveloperNotification" DROP CONSTRAINT "DeveloperNotification_shopId_reminderId_fkey";

-- DropIndex
DROP INDEX "InvoiceLine_settlementId_key";
DROP INDEX "Pack_carriedOutToId_key";
DROP INDEX "Pack_carriedInFromId_key";
DROP INDEX "Pack_shopId_id_key";
DROP INDEX "Quote_shopId_id_key";
DROP INDEX "AppPurchase_shopId_id_key";
DROP INDEX "Reminder_shopId_id_key";

-- An invoice line takes its settlement's shop.
ALTER TABLE "InvoiceLine" ADD COLUMN "shopId" UUID;
UPDATE "InvoiceLine" l SET "shopId" = s."shopId" FROM "Settlement" s WHERE s.id = l."settlementId";
ALTER TABLE "InvoiceLine" ALTER COLUMN "shopId" SET NOT NULL;

-- AlterTable
ALTER TABLE "InvoiceLine" DROP CONSTRAINT "InvoiceLine_pkey",
ADD CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("shopId", "id");

-- AlterTable
ALTER TABLE "Pack" DROP CONSTRAINT "Pack_pkey",
ADD CONSTRAINT "Pack_pkey" PRIMARY KEY ("shopId", "id");

-- AlterTable
ALTER TABLE "LedgerEntry" DROP CONSTRAINT "LedgerEntry_pkey",
ADD CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("shopId", "id");

-- AlterTable
ALTER TABLE "Quote" DROP CONSTRAINT "Quote_pkey",
ADD CONSTRAINT "Quote_pkey" PRIMARY KEY ("shopId", "id");

-- AlterTable
ALTER TABLE "TimeEntry" DROP CONSTRAINT "TimeEntry_pkey",
ADD CONSTRAINT "TimeEntry_pkey" PRIMARY KEY ("shopId", "id");

-- AlterTable
ALTER TABLE "Settlement" DROP CONSTRAINT "Settlement_pkey",
ADD CONSTRAINT "Settlement_pkey" PRIMARY KEY ("shopId", "id");

-- AlterTable
ALTER TABLE "AppPurchase" DROP CONSTRAINT "AppPurchase_pkey",
ADD CONSTRAINT "AppPurchase_pkey" PRIMARY KEY ("shopId", "id");

-- AlterTable
ALTER TABLE "Reminder" DROP CONSTRAINT "Reminder_pkey",
ADD CONSTRAINT "Reminder_pkey" PRIMARY KEY ("shopId", "id");

-- AlterTable
ALTER TABLE "DeveloperNotification" DROP CONSTRAINT "DeveloperNotification_pkey",
ADD CONSTRAINT "DeveloperNotification_pkey" PRIMARY KEY ("shopId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_shopId_settlementId_key" ON "InvoiceLine"("shopId", "settlementId");

-- CreateIndex
CREATE UNIQUE INDEX "Pack_shopId_carriedOutToId_key" ON "Pack"("shopId", "carriedOutToId");

-- CreateIndex
CREATE UNIQUE INDEX "Pack_shopId_carriedInFromId_key" ON "Pack"("shopId", "carriedInFromId");

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_shopId_settlementId_fkey" FOREIGN KEY ("shopId", "settlementId") REFERENCES "Settlement"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_shopId_packId_fkey" FOREIGN KEY ("shopId", "packId") REFERENCES "Pack"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_shopId_packId_fkey" FOREIGN KEY ("shopId", "packId") REFERENCES "Pack"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "BannerDismissal" ADD CONSTRAINT "BannerDismissal_shopId_packId_fkey" FOREIGN KEY ("shopId", "packId") REFERENCES "Pack"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_shopId_packId_fkey" FOREIGN KEY ("shopId", "packId") REFERENCES "Pack"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_shopId_quoteId_fkey" FOREIGN KEY ("shopId", "quoteId") REFERENCES "Quote"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_shopId_quoteId_fkey" FOREIGN KEY ("shopId", "quoteId") REFERENCES "Quote"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AppPurchase" ADD CONSTRAINT "AppPurchase_shopId_quoteId_fkey" FOREIGN KEY ("shopId", "quoteId") REFERENCES "Quote"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DeveloperNotification" ADD CONSTRAINT "DeveloperNotification_shopId_reminderId_fkey" FOREIGN KEY ("shopId", "reminderId") REFERENCES "Reminder"("shopId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
