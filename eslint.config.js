import js from "@eslint/js";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const clockRules = [
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message:
      "Use clock.now() from app/clock.server.ts (the preview moves it); in the browser, take the date from the loader.",
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: "Use clock.now() from app/clock.server.ts (the preview moves it).",
  },
];

const rawSqlRules = [
  {
    selector: "CallExpression[callee.property.name=/^[$](query|execute)Raw(Unsafe)?$/]",
    message:
      "Write raw SQL with the Sql of app/lib/sql.server.ts, in a *.sql.server.ts module (docs/decisions/083).",
  },
  {
    selector: "CallExpression[callee.property.name=/^(query|execute)$/]",
    message:
      "Raw SQL lives in *.sql.server.ts modules (docs/decisions/083): add a function there and call it.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "build/",
      ".cache/",
      ".data/",
      "node_modules/",
      "test-results/",
      "bench-results/",
      "public/build/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      ...reactHooks.configs.recommended.rules,
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // The app's "now" comes from app/clock.server.ts, which the local preview can move. Raw SQL is
    // written one way (app/lib/sql.server.ts's Sql) and only in *.sql.server.ts modules.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/clock.server.ts", "app/ledger/**"],
    rules: {
      // The preview, its emulated Shopify and the factories must stay out of the build.
      "no-restricted-imports": ["error", { patterns: ["**/scripts/**"] }],
      "no-restricted-syntax": ["error", ...clockRules, ...rawSqlRules],
    },
  },
  {
    files: ["app/**/*.sql.server.ts", "app/lib/sql.server.ts"],
    rules: { "no-restricted-syntax": ["error", ...clockRules] },
  },
  {
    // Routes authenticate, parse, call a service and render: the database stays behind services.
    files: ["app/routes/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)db\\.server$|^@prisma/|^pg$",
              message: "Routes reach the database through a service (app/services/), never directly.",
            },
          ],
        },
      ],
    },
  },
  {
    // Components run in the browser too: server modules may lend them types, never values.
    files: ["app/components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "\\.server$",
              allowTypeImports: true,
              message: "Components may import types from *.server modules, not values: pass data as props.",
            },
          ],
        },
      ],
    },
  },
  {
    // The pure ledger must not reach the clock, the database or Shopify.
    files: ["app/ledger/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "@prisma/*",
            "@remix-run/*",
            "@shopify/*",
            "node:*",
            "*.server",
            "../services/*",
            "**/scripts/**",
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Pass time in as an argument.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Pass time in as an argument.",
        },
      ],
    },
  },
);
