import { parentPort, workerData } from 'node:worker_threads';
import type { PageWork, StepsRequest, StepsResponse, StepSource } from './rendered-pages.ts';

// The worker thread `renderedPages()` starts: it runs the page steps on each rendered page while
// the build's thread renders the next ones. Pages come and go as bytes whose buffers are
// transferred, not copied; what each step found goes back beside them.

const sources = (workerData as { steps: StepSource[] }).steps;
const works = await Promise.all(
	sources.map(async ({ module, name }) => {
		const work: unknown = (await import(module))[name];
		if (typeof work !== 'function') throw new Error(`${module} has no page step named ${name}`);
		return { name, work: work as PageWork<unknown> };
	}),
);
const decoder = new TextDecoder();
const encoder = new TextEncoder();

parentPort!.on('message', ({ id, file, bytes }: StepsRequest) => {
	let html = decoder.decode(bytes);
	const notes: unknown[] = [];
	for (const { name, work } of works) {
		try {
			const result = work(file, html);
			html = result.html;
			notes.push(result.note);
		} catch (error) {
			const response: StepsResponse = { id, error: `${name} failed on ${file}: ${error instanceof Error ? error.message : String(error)}` };
			parentPort!.postMessage(response);
			return;
		}
	}
	const written = encoder.encode(html);
	const response: StepsResponse = { id, bytes: written, notes };
	parentPort!.postMessage(response, [written.buffer]);
});
