// The browser scripts of the emulated Shopify are TypeScript (typechecked with the project);
// the preview serves them as plain scripts, transpiled once at startup.
import { readFileSync } from "node:fs";
import ts from "typescript";

const cache = new Map<string, string>();

/** The JavaScript of browser/<name>.ts. */
export function browserScript(name: "app-bridge" | "admin"): string {
  const found = cache.get(name);
  if (found) return found;
  const source = readFileSync(new URL(`./${name}.ts`, import.meta.url), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  cache.set(name, outputText);
  return outputText;
}
