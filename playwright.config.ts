import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Chromium comes from the system: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else whatever
 * Playwright itself has installed (it cannot download browsers on our build machines).
 */
function chromiumPath(): string | undefined {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

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
		launchOptions: {
			executablePath: chromiumPath(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	webServer: {
		command: `node scripts/serve.ts ${port}`,
		url: `http://localhost:${port}/en/`,
		reuseExistingServer: false,
		timeout: 60_000,
	},
});
