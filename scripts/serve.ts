/**
 * A minimal static server for `dist/`, used by the browser tests and the budget script.
 * (`astro preview` refuses to start while another preview runs, which parallel tools hit.)
 * It sends the headers of `dist/_headers` as Netlify and Cloudflare Pages would, so the browser
 * tests run under the Content-Security-Policy header as well as each page's `<meta>` policy.
 * Usage: `node scripts/serve.ts [port]`; or import `serveDist()`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/integrations/csp-headers.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml; charset=utf-8',
};

/** The rules of `<root>/_headers`, read again whenever the build rewrites it. */
function headerRules(base: string): () => HeaderRule[] {
	const path = join(base, '_headers');
	let cached: { mtime: number; rules: HeaderRule[] } | undefined;
	return () => {
		try {
			const mtime = statSync(path).mtimeMs;
			if (cached?.mtime !== mtime) cached = { mtime, rules: parseHeadersFile(readFileSync(path, 'utf8')) };
			return cached.rules;
		} catch {
			// No _headers (yet): a build without the CSP integration, or one still being written.
			return [];
		}
	};
}

export function serveDist(port: number, root = 'dist'): Promise<Server> {
	const base = resolve(root);
	const rules = headerRules(base);
	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(base, pathname));
		// Hosts read `_headers` and never serve it.
		if (!file.startsWith(base) || pathname === '/_headers') {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!pathname.endsWith('/')) {
				response.writeHead(301, { location: `${pathname}/` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		const found = existsSync(file) && statSync(file).isFile();
		const target = found ? file : join(base, '404.html');
		response.writeHead(found ? 200 : 404, {
			...headersFor(rules(), pathname),
			'content-type': types[extname(target)] ?? 'application/octet-stream',
			'cache-control': 'no-store',
		});
		// A file removed while it is read (a build running meanwhile) ends this response, not the server.
		createReadStream(target)
			.on('error', () => response.destroy())
			.pipe(response);
	});
	return new Promise((resolvePromise) => server.listen(port, () => resolvePromise(server)));
}

if (import.meta.main) {
	const port = Number(process.argv[2] ?? 4321);
	await serveDist(port);
	console.log(`Serving dist/ at http://localhost:${port}/`);
}
