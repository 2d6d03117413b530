// Command-line scripts (worker, seed, migrations) are server code by definition: they may import
// modules marked `server-only`, which would otherwise throw outside the Next.js server bundle.
export {};
