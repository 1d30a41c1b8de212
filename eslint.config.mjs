import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const eslintConfig = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "lib/generated/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
    },
  },
  // Layers, enforced rather than remembered (docs/architecture.md, Shape).
  {
    files: ["app/**", "actions/**", "components/**", "inngest/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prisma/*", "@/lib/db", "@/lib/generated/prisma/*", "**/lib/db", "**/lib/generated/prisma/*"],
              allowTypeImports: true,
              message: "Only lib/ talks to the database: call a domain function from lib/<domain>/ instead.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "@/actions/*", "@/components/*", "**/app/*", "**/actions/*", "**/components/*"],
              message: "lib/ is the domain layer: it never imports app/, actions/ or components/.",
            },
          ],
        },
      ],
    },
  },
];

export default eslintConfig;
