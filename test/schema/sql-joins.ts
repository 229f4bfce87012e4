// A small SQL-aware scan for joins between tenant tables that do not match shopId
// (docs/decisions/130). On Citus two tenant tables join on one node only when their rows are
// equal on the distribution column; a join on ids alone becomes a query over every shard.
//
// How it reads SQL (deliberately simple, and strict where it is unsure):
// - The SQL is every string and template literal in a TypeScript file (tagged `$queryRaw`
//   templates included); a `${...}` inside a template is a parameter named by its expression.
// - A statement's tables are the items after FROM, JOIN, UPDATE and DELETE ... USING, at any
//   depth, with their aliases; function calls (unnest ...) and subqueries are not tables.
// - Its equalities are every `a = b` (ON, WHERE, anywhere) between column references or
//   parameters; `x = ANY(...)` equates nothing. Columns are resolved to the nearest table with
//   that alias (correlated subqueries see their outer tables); an unqualified column belongs to
//   the only table of its parenthesis, or to none.
// - Every two tenant tables of one statement must be linked by a chain of equalities between
//   their shopId columns: directly, through a third column (s.id of a joined "Shop", v.shop_id of
//   an unnest) or through one parameter.
import ts from "typescript";

type Token = { kind: "word" | "ident" | "param" | "punct" | "string"; text: string; group: number };

interface TableRef {
  table: string;
  alias: string;
  group: number;
}

/** Tables with a shopId field, read from Prisma's schema (model names; @@map honoured). */
export function tenantTablesOfSchema(prismaSchema: string): Set<string> {
  const tables = new Set<string>();
  for (const [, name, body] of prismaSchema.matchAll(/^model (\w+) \{\n([\s\S]*?)\n\}/gm)) {
    if (!/^\s+shopId\s/m.test(body as string)) continue;
    tables.add((body as string).match(/@@map\("([^"]+)"\)/)?.[1] ?? (name as string));
  }
  return tables;
}

/** The string and template literals of a TypeScript source, with the line each starts on. */
export function literalsOf(source: string, fileName = "file.ts"): { text: string; line: number }[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    if (ts.isTemplateExpression(node)) {
      text = node.head.text;
      for (const span of node.templateSpans) {
        // Named by its expression (braces dropped, so the name ends at the closing brace).
        const name = span.expression.getText(file).replace(/[{}]/g, "").replace(/\s+/g, " ");
        text += `\${${name}}` + span.literal.text;
      }
    }
    if (text !== null)
      found.push({ text, line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1 });
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  const parents: number[] = [0];
  let groups = 0;
  const pattern =
    /\s+|--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'|"((?:[^"]|"")*)"|\$\{([^}]*)\}|\$(\d+)|([A-Za-z_][A-Za-z0-9_$]*)|(::|<=|>=|<>|!=|[^\sA-Za-z_])/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < sql.length && (match = pattern.exec(sql))) {
    const [all, ident, expression, number, word, punct] = match;
    const group = parents[parents.length - 1] as number;
    if (ident !== undefined) tokens.push({ kind: "ident", text: ident.replace(/""/g, '"'), group });
    else if (expression !== undefined)
      tokens.push({ kind: "param", text: `\${${expression.trim()}}`, group });
    else if (number !== undefined) tokens.push({ kind: "param", text: `$${number}`, group });
    else if (word !== undefined) tokens.push({ kind: "word", text: word.toLowerCase(), group });
    else if (all.startsWith("'")) tokens.push({ kind: "string", text: all, group });
    else if (punct !== undefined) {
      if (punct === ")") parents.pop();
      tokens.push({ kind: "punct", text: punct, group: parents[parents.length - 1] as number });
      if (punct === "(") parents.push(++groups);
    }
  }
  return tokens;
}

// Words that end a table item or a FROM list; none of them is an alias.
const CLAUSES = new Set(
  "where group order having limit offset fetch for window union intersect except returning set on using join inner left right full outer cross natural lateral values select into with and or not as".split(
    " ",
  ),
);
const END_OF_FROM_LIST = new Set(
  "where group order having limit offset fetch for window union intersect except returning set select values".split(
    " ",
  ),
);

/** The tables of one statement (FROM/JOIN/UPDATE/USING items) and which group holds each. */
function tablesOf(tokens: Token[]): TableRef[] {
  const refs: TableRef[] = [];
  const inFromList = new Set<number>();
  const item = (start: number) => {
    let j = start;
    while (tokens[j]?.kind === "word" && (tokens[j]?.text === "lateral" || tokens[j]?.text === "only")) j++;
    const name = (t: Token | undefined) =>
      t && (t.kind === "ident" || (t.kind === "word" && !CLAUSES.has(t.text)));
    if (!name(tokens[j])) return;
    let table = tokens[j] as Token;
    if (tokens[j + 1]?.text === "." && name(tokens[j + 2])) {
      j += 2;
      table = tokens[j] as Token;
    }
    if (tokens[j + 1]?.text === "(") return; // a function call: unnest(...), generate_series(...)
    j++;
    if (tokens[j]?.kind === "word" && tokens[j]?.text === "as") j++;
    const alias = name(tokens[j]) ? (tokens[j] as Token).text : table.text;
    refs.push({ table: table.text, alias, group: table.group });
  };
  tokens.forEach((token, i) => {
    if (token.kind === "punct" && token.text === "," && inFromList.has(token.group)) item(i + 1);
    if (token.kind !== "word") return;
    const previous = tokens[i - 1];
    if (END_OF_FROM_LIST.has(token.text)) inFromList.delete(token.group);
    if (token.text === "from" && previous?.text !== "distinct") {
      inFromList.add(token.group);
      item(i + 1);
    } else if (token.text === "join") item(i + 1);
    else if (token.text === "update" && !["for", "on", "key"].includes(previous?.text ?? "")) item(i + 1);
    else if (token.text === "using" && tokens[i + 1]?.text !== "(") {
      inFromList.add(token.group);
      item(i + 1);
    }
  });
  return refs;
}

/** Joins between tenant tables in one statement that no chain of shopId equalities links. */
export function joinProblems(sql: string, tenants: ReadonlySet<string>): string[] {
  const tokens = tokenize(sql);
  const refs = tablesOf(tokens);
  const tenantRefs = refs.filter((ref) => tenants.has(ref.table));
  if (tenantRefs.length < 2) return [];
  // Each group's parent, to resolve an alias to the nearest table that has it.
  const parentOf = new Map<number, number>();
  {
    const stack = [0];
    let groups = 0;
    for (const token of tokens) {
      if (token.kind === "punct" && token.text === "(")
        parentOf.set(++groups, stack[stack.length - 1] as number);
      if (token.kind === "punct" && token.text === "(") stack.push(groups);
      if (token.kind === "punct" && token.text === ")") stack.pop();
    }
  }
  const resolve = (alias: string | null, group: number): number => {
    for (let g: number | undefined = group; g !== undefined; g = parentOf.get(g)) {
      const here = refs.map((ref, i) => ({ ref, i })).filter(({ ref }) => ref.group === g);
      if (alias === null) {
        // An unqualified column: the tables of the nearest parenthesis that has any.
        if (here.length === 0) continue;
        return here.length === 1 ? (here[0] as { i: number }).i : -1;
      }
      const found = here.filter(({ ref }) => ref.alias === alias);
      if (found.length === 1) return (found[0] as { i: number }).i;
    }
    return -1;
  };
  // Union-find over column references and parameters.
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    const up = parent.get(key) ?? key;
    if (up === key) return key;
    const root = find(up);
    parent.set(key, root);
    return root;
  };
  const nodeAt = (i: number): string | null => {
    const t = tokens[i];
    if (!t) return null;
    if (t.kind === "param") return t.text;
    const isName = (x: Token | undefined) =>
      x && (x.kind === "ident" || (x.kind === "word" && !CLAUSES.has(x.text)));
    if (!isName(t) || tokens[i + 1]?.text === "(") return null;
    if (tokens[i - 1]?.text === "." && isName(tokens[i - 2])) {
      const qualifier = (tokens[i - 2] as Token).text;
      const ref = resolve(qualifier, t.group);
      return ref >= 0 ? `#${ref}.${t.text}` : `${qualifier}.${t.text}`;
    }
    if (tokens[i + 1]?.text === ".") return null;
    const ref = resolve(null, t.group);
    return ref >= 0 ? `#${ref}.${t.text}` : `?${i}`;
  };
  tokens.forEach((token, i) => {
    if (token.kind !== "punct" || token.text !== "=") return;
    let left = i - 1;
    while (left >= 2 && tokens[left - 1]?.text === "::") left -= 2; // a cast: x::uuid = ...
    while (left >= 3 && tokens[left]?.text === "]" && tokens[left - 1]?.text === "[") left -= 2;
    const a = nodeAt(left);
    const b = tokens[i + 1]?.text === "(" ? null : nodeAt(tokens[i + 2]?.text === "." ? i + 3 : i + 1);
    if (a && b) parent.set(find(a), find(b));
  });
  const problems: string[] = [];
  const label = (ref: TableRef) => `"${ref.table}"${ref.alias === ref.table ? "" : ` ${ref.alias}`}`;
  for (let x = 0; x < tenantRefs.length; x++) {
    for (let y = x + 1; y < tenantRefs.length; y++) {
      const [one, two] = [tenantRefs[x] as TableRef, tenantRefs[y] as TableRef];
      if (find(`#${refs.indexOf(one)}.shopId`) !== find(`#${refs.indexOf(two)}.shopId`)) {
        problems.push(`${label(one)} and ${label(two)} are joined without shopId equality`);
      }
    }
  }
  return problems;
}

/** Every join problem in a TypeScript source's SQL, as `file:line: problem`, and how many joins it checked. */
export function scanSource(
  source: string,
  fileName: string,
  tenants: ReadonlySet<string>,
): { joins: number; problems: string[] } {
  let joins = 0;
  const problems: string[] = [];
  // Parsing TypeScript is the slow part: a file without a statement that names a table is skipped.
  if (!/\b(select|update|delete)\b[\s\S]*\b(from|join|set|using)\b/i.test(source)) return { joins, problems };
  for (const { text, line } of literalsOf(source, fileName)) {
    if (!/\b(select|update|delete)\b/i.test(text)) continue;
    const tenantRefs = tablesOf(tokenize(text)).filter((ref) => tenants.has(ref.table));
    if (tenantRefs.length >= 2) joins++;
    for (const problem of joinProblems(text, tenants)) problems.push(`${fileName}:${line}: ${problem}`);
  }
  return { joins, problems };
}
