import { describe, expect, it } from 'vitest';
import { indexedPart, pageUrl } from '../../../src/integrations/pagefind.ts';

describe('pages handed to Pagefind while rendering', () => {
	it('gives each file the address a visitor opens, as indexing the directory did', () => {
		expect(pageUrl('en/agents/hold-done-right/index.html')).toBe('/en/agents/hold-done-right/');
		expect(pageUrl('index.html')).toBe('/');
		expect(pageUrl('404.html')).toBe('/404.html');
	});

	it('hands over the page without the text of its inline scripts and styles, its words and attributes kept', () => {
		const html =
			'<html lang="fr"><head><title>Attente</title><style>main{color:red}</style><script type="module">let a = "<b>x</b>";</script></head>' +
			'<body><main data-pagefind-body data-pagefind-filter="track:agents"><h1>La mise en attente</h1><script type="application/json">{"q":1}</script><p>Annoncez la durée.</p></main></body></html>';
		expect(indexedPart(html)).toBe(
			'<html lang="fr"><head><title>Attente</title><style></style><script></script></head>' +
				'<body><main data-pagefind-body data-pagefind-filter="track:agents"><h1>La mise en attente</h1><script></script><p>Annoncez la durée.</p></main></body></html>',
		);
	});
});
