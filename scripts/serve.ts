/**
 * A minimal static server for `dist/`, used by the browser tests and the budget script.
 * (`astro preview` refuses to start while another preview runs, which parallel tools hit.)
 * Usage: `node scripts/serve.ts [port]`; or import `serveDist()`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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
};

export function serveDist(port: number, root = 'dist'): Promise<Server> {
	const base = resolve(root);
	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(base, pathname));
		if (!file.startsWith(base)) {
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
			'content-type': types[extname(target)] ?? 'application/octet-stream',
			'cache-control': 'no-store',
		});
		createReadStream(target).pipe(response);
	});
	return new Promise((resolvePromise) => server.listen(port, () => resolvePromise(server)));
}

if (import.meta.main) {
	const port = Number(process.argv[2] ?? 4321);
	await serveDist(port);
	console.log(`Serving dist/ at http://localhost:${port}/`);
}
