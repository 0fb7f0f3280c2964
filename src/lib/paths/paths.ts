import { getCollection } from 'astro:content';
import type { CatalogueItem } from '../assignment/catalogue.ts';
import type { LearningPath } from './schema.ts';

/** Every learning path, with each item resolved against the catalogue; an unknown item fails the build. */
export async function getPaths(
	catalogue: readonly CatalogueItem[],
): Promise<{ path: LearningPath; items: CatalogueItem[]; minutes: number }[]> {
	// Paths are made of modules, quizzes and role-plays, never of other paths.
	const byKey = new Map(catalogue.filter((item) => item.kind !== 'path').map((item) => [item.key, item]));
	const paths = (await getCollection('paths')).map((entry) => entry.data);
	return paths
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((path) => {
			const items = path.items.map((key, index) => {
				const item = byKey.get(key);
				if (!item) {
					throw new Error(
						`[both-ends:paths] src/content/paths/${path.id}.yaml: items.${index} "${key}" is not a module, quiz or role-play of this site.`,
					);
				}
				return item;
			});
			return { path, items, minutes: items.reduce((sum, item) => sum + (item.minutes ?? 0), 0) };
		});
}
