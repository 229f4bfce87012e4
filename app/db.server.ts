import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

declare global {
  // One client across dev-server reloads, as in Shopify's template.
  var prismaGlobal: PrismaClient | undefined;
}

/** Builds a Prisma client over node-postgres for the given connection string. */
export function createPrisma(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app through npm start or npm run dev.");
  return url;
}

const prisma = globalThis.prismaGlobal ?? createPrisma(databaseUrl());
if (process.env.NODE_ENV !== "production") globalThis.prismaGlobal = prisma;

export default prisma;
