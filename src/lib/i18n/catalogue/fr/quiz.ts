import type { Catalogue } from '../en/index.ts';

export const quiz: Catalogue['quiz'] = {
	"questionOf": "Question {n} sur {total}",
	"hintSingle": "Choisissez une réponse.",
	"hintMultiple": "Choisissez toutes les réponses qui conviennent.",
	"hintTrueFalse": "Vrai ou faux ?",
	"hintOrder": "Remettez les étapes dans l’ordre avec les boutons Monter et Descendre.",
	"hintMatch": "Associez chaque élément à la bonne phrase.",
	"hintSpot": "Cochez chaque ligne qui est une erreur.",
	"hintBest": "Choisissez la meilleure réponse.",
	"callerSays": "L’appelant dit :",
	"true": "Vrai",
	"false": "Faux",
	"moveUp": "Monter",
	"moveDown": "Descendre",
	"moveUpItem": "Monter : {item}",
	"moveDownItem": "Descendre : {item}",
	"moved": "« {item} » est maintenant en position {position} sur {total}.",
	"choose": "Choisir…",
	"speakers": {
		"agent": "Conseiller :",
		"caller": "Client :",
		"narrator": "Scène :"
	},
	"sureLegend": "Êtes-vous sûr de votre réponse ?",
	"sureOptional": "(facultatif)",
	"sure": "Sûr",
	"unsure": "Pas sûr",
	"check": "Vérifier",
	"next": "Question suivante",
	"seeResults": "Voir les résultats",
	"needChoice": "Choisissez d’abord une réponse.",
	"needTick": "Cochez d’abord au moins une case.",
	"needMatch": "Choisissez d’abord une association pour chaque élément.",
	"saved": "Réponse enregistrée.",
	"verdictRight": "Juste.",
	"verdictPartly": "En partie juste : {percent} des points.",
	"verdictWrong": "Pas juste.",
	"notAnswered": "Sans réponse",
	"yourAnswer": "Votre réponse :",
	"rightAnswer": "Bonne réponse :",
	"explanation": "Pourquoi :",
	"aboutYourChoice": "À propos de votre choix :",
	"creditBest": "meilleure réponse",
	"creditAcceptable": "acceptable",
	"creditHarmful": "nuisible",
	"graded": "{text} ({grade})",
	"spotFound": "Erreur repérée :",
	"spotMissed": "Erreur manquée :",
	"spotWrongFlag": "Vous avez coché cette ligne, mais ce n’est pas une erreur :",
	"noneChosen": "rien",
	"youWereSure": "Vous étiez sûr.",
	"youWereUnsure": "Vous n’étiez pas sûr.",
	"resultsHeading": "Vos résultats",
	"scored": "Votre score : {percent}.",
	"passed": "Réussi : le seuil est de {passMark}.",
	"notPassed": "Pas encore réussi : le seuil est de {passMark}.",
	"bestScore": "Votre meilleur score : {percent}",
	"lastScore": "Dernière tentative : {percent} le {date}",
	"attempts": {
		"one": "{count} tentative terminée",
		"other": "{count} tentatives terminées"
	},
	"reviewHeading": "Question par question",
	"questionN": "Question {n}",
	"calibrationHeading": "Votre degré de certitude",
	"calSureRight": "Sûr et juste : {count}",
	"calSureWrong": "Sûr mais faux : {count}",
	"calUnsureRight": "Pas sûr, mais juste : {count}",
	"calUnsureWrong": "Pas sûr, et faux : {count}",
	"calUnrated": "Sans avis : {count}",
	"calAdvice": "« Sûr mais faux », c’est le réflexe à corriger : ce sont les réponses que vous donneriez avec assurance à un client. Revoyez :",
	"calGood": "Vous n’avez jamais été sûr d’une réponse fausse : votre assurance correspond à ce que vous savez.",
	"calNone": "Vous n’avez pas indiqué votre degré de certitude : rien à comparer.",
	"retryMissed": "Refaire les questions manquées",
	"startAgain": "Recommencer",
	"print": "Imprimer les résultats",
	"retrying": {
		"one": "Vous refaites la question manquée ; les autres gardent leur réponse.",
		"other": "Vous refaites les {count} questions manquées ; les autres gardent leur réponse."
	},
	"storageMemory": "Ce navigateur ne conserve pas de données : vos réponses seront perdues à la fermeture de l’onglet.",
	"storageRecovered": "La progression enregistrée sur cet appareil était illisible. Elle a été mise de côté et ce quiz repart de zéro.",
	"loadFailed": "Le retour n’a pas pu être chargé. Vos réponses sont enregistrées : rechargez la page pour le voir."
};

export const quizPage: Catalogue['quizPage'] = {
	"indexTitle": "Quiz",
	"indexIntro": "Vérifiez vos acquis. Chaque quiz fonctionne dans votre navigateur ; les résultats restent sur cet appareil.",
	"pageTitle": "Quiz : {title}",
	"allQuizzes": "Tous les quiz",
	"goesWith": {
		"one": "Accompagne le module :",
		"other": "Accompagne les modules :"
	},
	"moduleHeading": "Vérifiez vos acquis",
	"ownPage": "Ouvrir ce quiz sur sa propre page",
	"questionCount": {
		"one": "{count} question",
		"other": "{count} questions"
	},
	"practice": "Entraînement",
	"practiceHint": "vous savez après chaque réponse si elle est juste.",
	"assessment": "Évaluation",
	"assessmentHint": "vous voyez vos résultats à la fin.",
	"modeLabel": {
		"practice": "Entraînement :",
		"assessment": "Évaluation :"
	},
	"passMark": "Seuil de réussite : {passMark}.",
	"needsJs": "Ce quiz fonctionne dans votre navigateur et a besoin de JavaScript."
};

