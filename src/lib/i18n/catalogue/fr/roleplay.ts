import type { Catalogue } from '../en/index.ts';

export const roleplay: Catalogue['roleplay'] = {
	"modeLegend": "Comment voulez-vous jouer ?",
	"modePractice": "Entraînement",
	"modePracticeHint": "(un retour après chaque choix)",
	"modeAssessment": "Évaluation",
	"modeAssessmentHint": "(le retour seulement à la fin)",
	"voice": "Lire à voix haute les répliques de l’autre personne",
	"voiceUnavailable": "Votre navigateur ne sait pas lire à voix haute ; l’appel fonctionne aussi bien sans.",
	"startCall": "Commencer l’appel",
	"callWith": "En ligne : {name}",
	"callTimer": "Durée de l’appel : {time}",
	"onHoldTotal": "(dont en attente : {time})",
	"meters": {
		"mood": {
			"name": "Humeur de l’appelant",
			"levels": {
				"veryLow": "très mauvaise",
				"low": "mauvaise",
				"middling": "moyenne",
				"high": "bonne",
				"veryHigh": "très bonne"
			}
		},
		"patience": {
			"name": "Patience de l’appelant",
			"levels": {
				"veryLow": "très faible",
				"low": "faible",
				"middling": "moyenne",
				"high": "élevée",
				"veryHigh": "très élevée"
			}
		},
		"stress": {
			"name": "Votre stress",
			"levels": {
				"veryLow": "très bas",
				"low": "bas",
				"middling": "moyen",
				"high": "élevé",
				"veryHigh": "très élevé"
			}
		}
	},
	"meterReading": "{meter} : {level} ({value}/100)",
	"transcript": "Transcription de l’appel",
	"you": "Vous",
	"narrator": "Narration",
	"yourTurn": "Que répondez-vous ?",
	"shortcutHint": "Astuce : pendant l’appel, les touches 1 à 4 choisissent une réponse.",
	"feedback": "Retour",
	"record": "Fiche client",
	"recordHistory": "Historique des appels",
	"recordEntry": "{date} — {reason} : {outcome}",
	"recordHidden": "La fiche client est fermée. L’ouvrir fait partie de vos choix.",
	"actions": {
		"hold": "Attente",
		"transfer": "Transfert",
		"record": "Ouvrir la fiche",
		"end": "Fin d’appel"
	},
	"debrief": "Bilan",
	"outcome": "Issue de l’appel",
	"handleTime": "Durée de l’appel",
	"holdTime": "Temps en attente",
	"transfers": "Transferts",
	"recordLooked": "Fiche client consultée",
	"recordNotLooked": "Fiche client jamais consultée",
	"scores": "Score, en part de ce qui était possible",
	"score": "{dimension} : {percent}",
	"overall": "Global : {percent}",
	"pivotal": "Les moments qui ont le plus compté",
	"noPivotal": "Aucun moment coûteux : chaque choix était le meilleur possible.",
	"quote": "« {line} »",
	"youSaid": "Vous avez dit :",
	"better": "Mieux :",
	"why": "Pourquoi :",
	"aside": "— {text}",
	"learnMore": "Pour aller plus loin : {title}",
	"allChoices": "Tous vos choix",
	"replay": "Rejouer depuis le début",
	"otherSide": "Jouer l’autre côté : {title}",
	"saved": "Résultat enregistré sur cet appareil.",
	"notSaved": "Ce navigateur ne conserve pas de données : ce résultat sera perdu à la fermeture de l’onglet.",
	"endings": {
		"resolved": "Résolu",
		"callback": "Rappel prévu",
		"escalated": "Transmis à un niveau supérieur",
		"caller-hung-up": "L’appelant a raccroché",
		"ended-for-abuse": "Appel terminé pour propos abusifs"
	},
	"dimensions": {
		"courtesy": "Courtoisie",
		"empathy": "Empathie",
		"ownership": "Prise en charge",
		"efficiency": "Efficacité",
		"accuracy": "Exactitude",
		"boundaries": "Limites"
	}
};

