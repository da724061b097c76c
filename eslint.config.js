// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Lint enforces the layering of docs/ARCHITECTURE.md, tests included:
 * domain → nothing; contracts → domain; db → domain; occupations → domain;
 * language → domain; ai-exposure → domain;
 * server → domain, contracts, db, occupations, language, ai-exposure;
 * web → contracts, domain; e2e → no workspace code; bench → domain, occupations, language.
 * Nothing imports apps/*.
 */
const apps = {
  group: ['@trailmap/server', '@trailmap/web', '**/apps/**'],
  message: 'Nothing imports an app.',
};
const workspace = (names, why) => ({ group: names.map((n) => `@trailmap/${n}`), message: why });
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/**/*.test.ts', 'packages/domain/src/**/*.test-support.ts'],
    rules: restrict({
      // Relative imports may not climb out of the package (../../ would reach another one).
      regex: '^(?!\\./|\\.\\./(?!\\.\\./))',
      message:
        'The domain is pure: it imports only its own modules (no packages, no node:, no I/O).',
    }),
  },
  {
    files: ['packages/domain/src/**/*.test.ts', 'packages/domain/src/**/*.test-support.ts'],
    rules: restrict({
      regex: '^(?!\\./|\\.\\./(?!\\.\\./)|vitest$|fast-check$)',
      message: 'Domain tests use only the domain, vitest and fast-check.',
    }),
  },
  {
    files: ['packages/contracts/**/*.ts'],
    rules: restrict(
      apps,
      workspace(['db', 'exports', 'occupations'], 'contracts depend on the domain only.'),
      {
        group: ['node:*'],
        message: 'contracts run in the browser too: no node: modules.',
      },
    ),
  },
  {
    files: ['packages/db/**/*.ts'],
    rules: restrict(
      apps,
      workspace(['contracts', 'exports', 'occupations'], 'db depends on the domain only.'),
    ),
  },
  {
    files: ['packages/occupations/**/*.ts'],
    rules: restrict(
      apps,
      workspace(
        ['contracts', 'db', 'exports', 'ai-exposure'],
        'occupations depend on the domain only.',
      ),
    ),
  },
  {
    // The AI-exposure studies (decision 0018): reader/ does the I/O; parsing, the SOC
    // crosswalk, text matching and the backpack rules are pure functions over data.
    files: ['packages/ai-exposure/**/*.ts'],
    rules: restrict(
      apps,
      workspace(
        ['contracts', 'db', 'exports', 'occupations', 'language'],
        'ai-exposure depends on the domain only; the server joins it to O*NET.',
      ),
    ),
  },
  {
    files: ['packages/ai-exposure/src/**/*.ts'],
    ignores: [
      'packages/ai-exposure/src/reader/**',
      'packages/ai-exposure/src/**/*.test.ts',
      'packages/ai-exposure/src/**/*.test-support.ts',
    ],
    rules: restrict(
      apps,
      workspace(
        ['contracts', 'db', 'exports', 'occupations', 'language'],
        'ai-exposure depends on the domain only; the server joins it to O*NET.',
      ),
      { group: ['node:*'], message: 'Only reader/ does I/O; the rest is pure.' },
    ),
  },
  {
    // Reading files and fetching the release are the package's only I/O; the catalog,
    // search, similarity and pathways are pure functions over data.
    files: ['packages/occupations/src/**/*.ts'],
    ignores: [
      'packages/occupations/src/reader/**',
      'packages/occupations/src/fetch/**',
      'packages/occupations/src/**/*.test.ts',
      'packages/occupations/src/**/*.test-support.ts',
    ],
    rules: restrict(
      apps,
      workspace(['contracts', 'db', 'exports'], 'occupations depend on the domain only.'),
      {
        group: ['node:*'],
        message: 'Only reader/ and fetch/ do I/O; the algorithms are pure.',
      },
    ),
  },
  {
    // Wording rules that need an English tagger (compromise): pure, like the domain, but with
    // an npm dependency, so they sit beside it (decision 0016).
    files: ['packages/language/**/*.ts'],
    rules: restrict(
      apps,
      workspace(
        ['contracts', 'db', 'exports', 'occupations'],
        'language depends on the domain only.',
      ),
      { group: ['node:*'], message: 'The language rules are pure: no I/O.' },
    ),
  },
  {
    files: ['apps/server/**/*.ts'],
    rules: restrict({
      group: ['@trailmap/web', '**/apps/web/**', '**/web/src/**'],
      message: 'The server does not import the web client.',
    }),
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      {
        group: ['@trailmap/server', '**/apps/server/**', '**/server/src/**'],
        message: 'The web client talks to the server over HTTP only.',
      },
      workspace(
        ['db', 'occupations', 'ai-exposure', 'language', 'exports'],
        'The web client imports contracts and the pure domain only.',
      ),
      { group: ['node:*'], message: 'The web client runs in the browser.' },
    ),
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{js,mjs,ts}'],
    rules: restrict(apps, {
      group: ['@trailmap/*', '**/packages/**'],
      message: 'e2e drives the running app from outside.',
    }),
  },
  {
    // Benchmarks drive a real server process; they may borrow the pure domain's sample plan,
    // and measure the occupation package in process (load, search, similarity, pathways).
    files: ['bench/**/*.ts'],
    rules: restrict(apps, {
      group: [
        '@trailmap/*',
        '!@trailmap/domain',
        '!@trailmap/occupations',
        '!@trailmap/language',
        '!@trailmap/ai-exposure',
        '**/packages/**',
      ],
      message:
        'Benchmarks measure the running app from outside; only the pure domain, the language rules, the occupation and the AI-exposure packages may be imported.',
    }),
  },
);
