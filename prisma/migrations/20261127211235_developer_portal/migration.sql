-- AlterTable
ALTER TABLE "Developer" ADD COLUMN     "deactivatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "passwordHash" TEXT,
ADD COLUMN     "payoutRateCents" INTEGER,
ADD COLUMN     "role" TEXT NOT NULL DEFAULT 'developer',
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'active';

-- CreateTable
CREATE TABLE "DeveloperToken" (
    "id" UUID NOT NULL,
    "developerId" UUID NOT NULL,
    "purpose" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeveloperToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeveloperSession" (
    "id" UUID NOT NULL,
    "developerId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeveloperSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "developerId" UUID NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "minutes" INTEGER NOT NULL,
    "payoutRateCents" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "currencyCode" TEXT NOT NULL DEFAULT 'USD',
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "approvedAt" TIMESTAMPTZ(3),
    "paidAt" TIMESTAMPTZ(3),

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "settlementId" UUID NOT NULL,
    "shopDomain" TEXT NOT NULL,
    "packTier" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeveloperToken_tokenHash_key" ON "DeveloperToken"("tokenHash");

-- CreateIndex
CREATE INDEX "DeveloperToken_developerId_idx" ON "DeveloperToken"("developerId");

-- CreateIndex
CREATE UNIQUE INDEX "DeveloperSession_tokenHash_key" ON "DeveloperSession"("tokenHash");

-- CreateIndex
CREATE INDEX "DeveloperSession_developerId_idx" ON "DeveloperSession"("developerId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_at_idx" ON "LoginAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_at_idx" ON "LoginAttempt"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");

-- CreateIndex
CREATE INDEX "Invoice_developerId_createdAt_idx" ON "Invoice"("developerId", "createdAt");

-- CreateIndex
CREATE INDEX "Invoice_status_idx" ON "Invoice"("status");

-- CreateIndex
CREATE INDEX "Invoice_paidAt_idx" ON "Invoice"("paidAt");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_settlementId_key" ON "InvoiceLine"("settlementId");

-- CreateIndex
CREATE INDEX "InvoiceLine_invoiceId_idx" ON "InvoiceLine"("invoiceId");

-- AddForeignKey
ALTER TABLE "DeveloperToken" ADD CONSTRAINT "DeveloperToken_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeveloperSession" ADD CONSTRAINT "DeveloperSession_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_developerId_fkey" FOREIGN KEY ("developerId") REFERENCES "Developer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_settlementId_fkey" FOREIGN KEY ("settlementId") REFERENCES "Settlement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


ALTER TABLE "Developer" ADD CONSTRAINT "Developer_role_check" CHECK ("role" IN ('developer', 'admin'));
ALTER TABLE "Developer" ADD CONSTRAINT "Developer_status_check" CHECK ("status" IN ('active', 'deactivated'));
ALTER TABLE "Developer" ADD CONSTRAINT "Developer_payoutRateCents_check" CHECK ("payoutRateCents" IS NULL OR "payoutRateCents" >= 0);
ALTER TABLE "DeveloperToken" ADD CONSTRAINT "DeveloperToken_purpose_check" CHECK ("purpose" IN ('invite', 'reset'));
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_status_check" CHECK ("status" IN ('submitted', 'approved', 'paid'));
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_amounts_check" CHECK ("minutes" >= 0 AND "payoutRateCents" >= 0 AND "amountCents" >= 0);
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_basis_check" CHECK ("basis" IN ('delivered', 'whole_pack'));
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_amounts_check" CHECK ("minutes" >= 0 AND "amountCents" >= 0);
