import type { Catalogue } from '../en/index.ts';

export const offline: Catalogue['offline'] = {
	title: 'Utiliser hors ligne',
	intro:
		'Gardez une langue du site sur cet appareil : ses pages, la recherche, les quiz, les appels d’entraînement et les outils fonctionnent alors sans réseau — dans le train, ou sur un plateau de centre d’appels mal connecté. Votre progression reste enregistrée sur l’appareil, comme toujours.',
	firstVisit:
		'La langue de la première page que vous ouvrez est gardée d’elle-même, sauf si votre navigateur est réglé pour économiser les données. Ici, vous pouvez garder une autre langue, ou en retirer une.',
	install:
		'Pour ouvrir le site comme une application, choisissez « Installer » ou « Ajouter à l’écran d’accueil » dans le menu de votre navigateur.',
	loading: 'Vérification de ce que garde cet appareil…',
	unsupported:
		'Ce navigateur ne peut pas garder le site hors ligne (navigation privée, ou version trop ancienne). Le site fonctionne toujours dès que vous êtes en ligne.',
	languagesLabel: 'Langues sur cet appareil',
	size: '{size} à télécharger',
	kept: 'Gardée sur cet appareil ({size}).',
	notKept: 'Pas gardée sur cet appareil.',
	copying: 'Copie en cours… {done} sur {total}',
	keep: { en: 'Garder l’anglais hors ligne', fr: 'Garder le français hors ligne', it: 'Garder l’italien hors ligne' },
	forget: { en: 'Retirer l’anglais de cet appareil', fr: 'Retirer le français de cet appareil', it: 'Retirer l’italien de cet appareil' },
	failed: {
		network: 'La copie s’est arrêtée : la connexion a été coupée ou le site n’a pas répondu. Réessayez une fois en ligne.',
		'new-version': 'Le site a été mis à jour pendant la copie. Rechargez cette page, puis réessayez.',
		storage: 'Cet appareil n’a plus de place pour la copie. Libérez de l’espace ou retirez une autre langue, puis réessayez.',
	},
	offlineNow: 'Vous êtes hors ligne. Les pages gardées sur cet appareil fonctionnent toujours, et votre progression est enregistrée.',
	offlineLink: 'Ce qui est gardé',
	updateReady: 'Une nouvelle version du site est prête.',
	updateNow: 'Recharger pour mettre à jour',
};
