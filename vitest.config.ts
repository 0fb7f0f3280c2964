import { defineConfig } from 'vitest/config';

// The domain core in src/lib is framework-free, so plain Vitest runs it; no Astro build needed.
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
	},
});
