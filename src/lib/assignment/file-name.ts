/** File names the site suggests for downloads (a file of its own: the learner's page needs only this). */

/** Text as a file-name part: accents folded, lowercase letters, digits and hyphens, at most 60 characters. */
export function fileSafe(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}
