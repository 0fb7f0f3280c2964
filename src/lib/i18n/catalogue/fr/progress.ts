import type { Catalogue } from '../en/index.ts';

export const progress: Catalogue['progress'] = {
	title: 'Ma progression',
	intro: 'Ce que vous avez lu, pratiqué et réussi, gardé dans ce navigateur uniquement.',
	empty: 'Rien pour l’instant. Lisez un module, faites un quiz ou jouez un appel : ils apparaîtront ici.',
	continueTitle: 'Reprendre où vous en étiez',
	continueNext: 'Ensuite : {title}',
	continueFromAssignment: 'De votre devoir « {title} »',
	continueFromPath: 'Prochaine étape du parcours guidé « {title} »',
	tracks: 'Par parcours',
	paths: 'Parcours guidés',
	modulesRead: {
		one: '{count} module lu sur {total}',
		other: '{count} modules lus sur {total}',
	},
	quizzes: 'Quiz',
	bestMode: {
		practice: 'en entraînement',
		assessment: 'en évaluation',
	},
	roleplays: 'Appels d’entraînement',
	best: 'Meilleur : {score}',
	passed: 'réussi',
	notPassed: 'pas encore réussi',
	quizBest: 'Meilleur : {score}, {status}',
	dimensionScore: '{dimension} : {score}',
	assignments: 'Devoirs de votre formateur',
	noAssignments: 'Aucun devoir pour l’instant. Quand un formateur vous envoie un lien, il apparaît ici.',
	openAssignment: 'Ouvrir « {title} »',
	assignmentMeta: '{progress}, reçu le {date}',
	assignmentProgress: {
		one: '{count} sur {total} fait',
		other: '{count} sur {total} faits',
	},
	yourData: 'Vos données',
	exportButton: 'Exporter ma progression',
	importLabel: 'Importer un fichier de progression',
	importPreview: 'Ce fichier contient {counts}. L’importer remplace ce qui se trouve sur cet appareil.',
	importCounts: {
		modules: {
			one: '{count} module lu',
			other: '{count} modules lus',
		},
		quizzes: {
			one: '{count} quiz',
			other: '{count} quiz',
		},
		roleplays: {
			one: '{count} appel d’entraînement',
			other: '{count} appels d’entraînement',
		},
		assignments: {
			one: '{count} devoir',
			other: '{count} devoirs',
		},
	},
	importConfirm: 'Remplacer ma progression',
	importCancel: 'Annuler',
	importDone: 'Progression importée.',
	importBad: 'Ce fichier n’est pas un fichier de progression Both Ends, ou il est abîmé. Rien n’a été modifié.',
	deleteButton: 'Tout effacer',
	deleteConfirm: 'Effacer toute la progression de cet appareil ? C’est définitif. Exportez-la d’abord si vous pourriez en avoir besoin.',
	deleteDone: 'Tout a été effacé de cet appareil.',
	recovered:
		'Votre progression enregistrée était illisible (elle a peut-être été abîmée) : vous repartez de zéro. Une copie des anciennes données a été gardée : téléchargez-la avant de l’effacer, et envoyez-la aux responsables du site si vous voulez qu’ils l’examinent.',
	downloadBackup: 'Télécharger les anciennes données',
	discardBackup: 'Effacer les anciennes données',
	memoryOnly:
		'Ce navigateur n’autorise pas le site à enregistrer des données (navigation privée ou stockage plein). Tout fonctionne, mais votre progression disparaîtra à la fermeture de l’onglet. Exportez-la pour la garder.',
	privacy: 'Tout cela est enregistré dans ce navigateur uniquement. Rien n’est envoyé.',
	markRead: 'Marquer comme lu',
	readOn: 'Lu ✓',
};
