import type { Catalogue } from '../en/index.ts';

export const tools: Catalogue['tools'] = {
	"indexTitle": "Outils du quotidien",
	"indexIntro": "Trois petits outils : un pour chaque bout du fil, et un pour la fin du service. Tout ce que vous saisissez reste sur cet appareil.",
	"noScript": "Cet outil fonctionne dans votre navigateur et a besoin de JavaScript. Activez-le pour l’utiliser ; rien n’est envoyé nulle part.",
	"prepSheet": {
		"formTitle": "Vos notes",
		"privacy": "Enregistré dans ce navigateur au fil de la saisie. Rien ne quitte cet appareil.",
		"labels": {
			"company": "Entreprise",
			"account": "Numéro de client ou de contrat",
			"problem": "Le problème, en deux phrases",
			"tried": "Ce que j’ai déjà essayé",
			"want": "Ce que j’attends de cet appel",
			"callback": "Meilleur moment pour me rappeler"
		},
		"hints": {
			"company": "Qui vous appelez, et le numéro que vous allez composer.",
			"account": "Tel qu’il figure sur une facture ou un courrier.",
			"problem": "Ce qui ne va pas, et depuis quand.",
			"tried": "Démarches, appels précédents et leurs numéros de référence.",
			"want": "Une réparation, un remboursement, un rappel, une réponse écrite…",
			"callback": "Par exemple : en semaine après 17 h."
		},
		"saved": "Enregistré sur cet appareil.",
		"notSaved": "Ce navigateur ne conserve pas les données : imprimez la fiche avant de fermer l’onglet.",
		"sheetTitle": "Fiche de préparation d’appel",
		"sheetPreview": "Votre fiche, telle qu’elle s’imprime",
		"updated": "Modifiée le {date}",
		"notFilled": "non rempli",
		"logTitle": "Journal d’appels",
		"logHint": "À remplir à la main pendant chaque appel.",
		"logColumns": {
			"date": "Date",
			"agent": "Nom de l’agent",
			"reference": "Numéro de référence",
			"promised": "Ce qui a été promis"
		},
		"print": "Imprimer la fiche",
		"clear": "Effacer la fiche",
		"clearConfirm": "Vider tous les champs et oublier la fiche enregistrée ? C’est définitif.",
		"clearYes": "Oui, l’effacer",
		"cancel": "Annuler",
		"cleared": "La fiche est effacée."
	},
	"reset": {
		"patternLegend": "Choisissez une façon de respirer",
		"patterns": {
			"sighing": {
				"name": "Soupir cyclique",
				"how": "Inspirez par le nez, puis ajoutez une courte seconde inspiration ; expirez lentement par la bouche."
			},
			"box": {
				"name": "Respiration carrée",
				"how": "Inspirez sur 4 temps, retenez 4, expirez sur 4, retenez 4."
			}
		},
		"safety": "Respirez en douceur. Si la tête vous tourne, arrêtez et respirez normalement.",
		"start": "Commencer",
		"stop": "Arrêter",
		"startAgain": "Recommencer",
		"secondsLeft": "Secondes restantes : {seconds}",
		"phases": {
			"in": "Inspirez",
			"top-up": "Inspirez encore un peu",
			"hold": "Retenez",
			"out": "Expirez lentement"
		},
		"ready": "Quand vous voulez.",
		"stopped": "Arrêté.",
		"done": "C’est fini. Gardez ce calme pour le prochain appel."
	},
	"checkIn": {
		"privacy": "Privé : vos bilans restent dans ce navigateur, sur cet appareil. Rien n’est envoyé nulle part, ni à nous, ni à votre employeur.",
		"memoryOnly": "Ce navigateur ne conserve pas les données : vos bilans disparaîtront à la fermeture de l’onglet. Exportez-les pour les garder.",
		"formTitle": "Aujourd’hui",
		"weightLegend": "À quel point la journée a-t-elle été lourde ?",
		"weightOption": "{weight} — {word}",
		"weights": {
			"1": "Légère",
			"2": "Plutôt légère",
			"3": "Moyenne",
			"4": "Lourde",
			"5": "Très lourde"
		},
		"goodLegend": "Trois bonnes choses",
		"goodHint": "Les petites comptent aussi.",
		"goodLabel": "Bonne chose {n}",
		"note": "Autre chose ? (facultatif)",
		"save": "Enregistrer le bilan",
		"saved": {
			"one": "Bilan enregistré. {count} bilan sur cet appareil.",
			"other": "Bilan enregistré. {count} bilans sur cet appareil."
		},
		"noWeight": "Indiquez le poids de la journée, puis enregistrez.",
		"full": "Cet appareil garde au plus {max} bilans. Exportez-les, puis effacez-les tous pour commencer une nouvelle liste.",
		"tooLarge": "L’espace de stockage de cet appareil est plein. Exportez vos bilans, puis effacez-les tous pour commencer une nouvelle liste.",
		"listTitle": "Bilans précédents",
		"empty": "Aucun bilan pour l’instant.",
		"weightOf": "{word} ({weight} sur 5)",
		"details": "Bonnes choses et note",
		"exportButton": "Tout exporter dans un fichier texte",
		"exportTitle": "Bilans de fin de service, exportés le {date}",
		"exportPrivacy": "Depuis Both Ends. Privé : ce fichier vous appartient, il reste là où vous l’enregistrez.",
		"exportWeight": "Poids de la journée : {weight}/5 ({word})",
		"exportGood": "Bonnes choses :",
		"exportNote": "Note : {note}",
		"deleteButton": "Effacer tous les bilans",
		"deleteConfirm": {
			"one": "Effacer {count} bilan de cet appareil ? C’est définitif. Exportez-le d’abord si vous voulez le garder.",
			"other": "Effacer les {count} bilans de cet appareil ? C’est définitif. Exportez-les d’abord si vous voulez les garder."
		},
		"deleteYes": "Oui, tout effacer",
		"cancel": "Annuler",
		"deleted": "Tous les bilans sont effacés de cet appareil."
	}
};

