-- CreateTable
CREATE TABLE "ConnectionRequest" (
    "shopId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "developerId" UUID,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ConnectionRequest_pkey" PRIMARY KEY ("shopId","id")
);

-- CreateIndex
CREATE INDEX "ConnectionRequest_shopId_email_idx" ON "ConnectionRequest"("shopId", "email");

-- CreateIndex
CREATE INDEX "ConnectionRequest_email_status_idx" ON "ConnectionRequest"("email", "status");

-- AddForeignKey
ALTER TABLE "ConnectionRequest" ADD CONSTRAINT "ConnectionRequest_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConnectionRequest" ADD CONSTRAINT "ConnectionRequest_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Written by hand (Prisma's schema language has no partial indexes or CHECK constraints):
-- one pending request per store and address, whatever the timing of two submissions; the index
-- includes "shopId", so it stays valid once the table is distributed by shop.
CREATE UNIQUE INDEX "ConnectionRequest_one_pending" ON "ConnectionRequest"("shopId", "email") WHERE "status" = 'pending';
ALTER TABLE "ConnectionRequest" ADD CONSTRAINT "ConnectionRequest_valid" CHECK (
  "status" IN ('pending', 'accepted', 'declined', 'cancelled')
  AND ("status" = 'pending') = ("closedAt" IS NULL)
  AND ("developerId" IS NULL OR "status" IN ('accepted', 'declined'))
);
