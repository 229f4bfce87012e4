-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "emailOverrunWaiting" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "emailPurchaseCredited" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "emailQuoteWaiting" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Developer" ADD COLUMN     "emailOptOuts" TEXT[] DEFAULT ARRAY[]::TEXT[];

