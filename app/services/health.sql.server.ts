import type { PrismaClient } from "@prisma/client";
import prisma from "../db.server";
import { prismaSql } from "../lib/sql.server";

/** "ok" when the database answers a trivial query within `timeoutMs`, else "unavailable". */
export async function checkDatabase(
  client: PrismaClient = prisma,
  timeoutMs = 2000,
): Promise<"ok" | "unavailable"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database health check timed out")), timeoutMs);
  });
  try {
    await Promise.race([prismaSql(client).query("SELECT 1"), timeout]);
    return "ok";
  } catch {
    return "unavailable";
  } finally {
    clearTimeout(timer);
  }
}
