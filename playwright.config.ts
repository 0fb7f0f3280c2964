import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';

const port = Number(process.env.PORT ?? 4329);

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: true,
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		// The system's Chromium (see scripts/chromium.ts); `npm test` checks there is one first.
		launchOptions: chromiumLaunchOptions(),
		// Each test is a first visit, and a service worker would start copying the whole language
		// into it: only the offline tests allow one (`test.use({ serviceWorkers: 'allow' })`).
		serviceWorkers: 'block',
	},
	webServer: {
		command: `node scripts/serve.ts ${port}`,
		url: `http://localhost:${port}/en/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
