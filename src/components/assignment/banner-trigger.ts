/**
 * "Back to «title» (2 of 3 done)" on an item page opened from an assignment's checklist. The
 * banner's code (assignment-banner.ts, built to a fixed URL by src/integrations/page-bundles.ts)
 * loads only when the address carries `?assignment=`, so pages opened on their own never load it.
 */
export function showAssignmentBannerIfAsked(): void {
	if (!location.search.includes('assignment=')) return;
	const url = '/assignment-banner/banner.js';
	void import(/* @vite-ignore */ url).then(({ showAssignmentBanner }: typeof import('./assignment-banner.ts')) => showAssignmentBanner());
}
