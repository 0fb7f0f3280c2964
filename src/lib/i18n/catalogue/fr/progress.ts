import type { Catalogue } from '../en/index.ts';

export const progress: Catalogue['progress'] = {
	title: 'Ma progression',
	intro: 'Ce que vous avez lu, pratiqué et réussi, gardé dans ce navigateur uniquement.',
	empty: 'Rien pour l’instant. Lisez un module, faites un quiz ou jouez un appel : ils apparaîtront ici.',
	catalogueLoading: 'Chargement de la liste du cours pour y situer votre progression…',
	catalogueFailed:
		'La liste du cours n’a pas pu être chargée ; votre progression par parcours ne peut donc pas s’afficher. Vérifiez votre connexion, puis réessayez : votre progression enregistrée est intacte.',
	catalogueRetry: 'Réessayer',
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
	downloadBackup: 'Télécharger les anciennes données',
	discardBackup: 'Effacer les anciennes données',
	backupsTitle: 'Données illisibles mises de côté',
	backupsIntro:
		'La progression enregistrée qui n’a pas pu être lue est gardée ici, de la plus récente à la plus ancienne (trois copies au plus) : téléchargez-la si vous voulez que les responsables du site l’examinent, puis effacez-la.',
	backupCopy: 'Copie de données illisibles mise de côté le {date}',
	backupCopyUndated: 'Copie de données illisibles mise de côté par une version antérieure du site',
	backupInPlace:
		'Données enregistrées illisibles, trop volumineuses pour être mises de côté — plus rien n’est enregistré tant que vous ne les effacez pas',
	discardBackupConfirm: 'Effacer ces données de l’appareil ? C’est définitif. Téléchargez-les d’abord si vous pourriez en avoir besoin.',
	backupDiscarded: 'Les anciennes données ont été effacées.',
	storageNotice: {
		recovered:
			'Votre progression enregistrée était illisible (elle a peut-être été abîmée) : elle a été mise de côté et vous repartez de zéro.',
		recoveredLink: 'Téléchargez les anciennes données depuis Ma progression',
		blocked:
			'Votre progression enregistrée est illisible, et trop volumineuse pour être mise de côté : plus rien n’est enregistré sur cet appareil tant qu’elle n’est pas supprimée.',
		blockedLink: 'Téléchargez-la, puis effacez-la, dans Ma progression',
		readOnly:
			'Ce navigateur refuse d’enregistrer davantage de données (son stockage est peut-être plein). Votre progression antérieure est toujours là, mais la nouvelle n’est pas enregistrée : elle disparaît quand vous quittez cette page.',
		readOnlyLink: 'Exportez votre progression depuis Ma progression pour la garder',
		memoryOnly:
			'Ce navigateur n’autorise pas le site à enregistrer des données (navigation privée ou stockage bloqué). Tout fonctionne, mais votre progression disparaît quand vous quittez cette page. Pour la garder, autorisez ce site à enregistrer des données, ou quittez la navigation privée.',
	},
	privacy: 'Tout cela est enregistré dans ce navigateur uniquement. Rien n’est envoyé.',
	markRead: 'Marquer comme lu',
	readOn: 'Lu ✓',
};
