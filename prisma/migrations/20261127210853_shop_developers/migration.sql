-- CreateTable
CREATE TABLE "ShopDeveloper" (
    "shopId" UUID NOT NULL,
    "developerId" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "connectedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ShopDeveloper_pkey" PRIMARY KEY ("shopId","developerId")
);

-- CreateIndex
CREATE INDEX "ShopDeveloper_developerId_idx" ON "ShopDeveloper"("developerId");

-- AddForeignKey
ALTER TABLE "ShopDeveloper" ADD CONSTRAINT "ShopDeveloper_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShopDeveloper" ADD CONSTRAINT "ShopDeveloper_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

