import type { Catalogue } from '../en/index.ts';

export const quiz: Catalogue['quiz'] = {
	"questionOf": "Domanda {n} di {total}",
	"hintSingle": "Scelga una risposta.",
	"hintMultiple": "Scelga tutte le risposte giuste.",
	"hintTrueFalse": "Vero o falso?",
	"hintOrder": "Metta i passaggi in ordine con i pulsanti Su e Giù.",
	"hintMatch": "Abbini ogni elemento alla frase giusta.",
	"hintSpot": "Spunti ogni riga che è un errore.",
	"hintBest": "Scelga la risposta migliore.",
	"callerSays": "Chi chiama dice:",
	"true": "Vero",
	"false": "Falso",
	"moveUp": "Su",
	"moveDown": "Giù",
	"moveUpItem": "Su: {item}",
	"moveDownItem": "Giù: {item}",
	"moved": "«{item}» è ora in posizione {position} di {total}.",
	"choose": "Scelga…",
	"speakers": {
		"agent": "Operatore:",
		"caller": "Cliente:",
		"narrator": "Scena:"
	},
	"sureLegend": "Quanto è sicuro della risposta?",
	"sureOptional": "(facoltativo)",
	"sure": "Sicuro",
	"unsure": "Non sicuro",
	"check": "Verifica",
	"next": "Domanda successiva",
	"seeResults": "Vedi i risultati",
	"needChoice": "Scelga prima una risposta.",
	"needTick": "Spunti prima almeno una casella.",
	"needMatch": "Scelga prima un abbinamento per ogni elemento.",
	"saved": "Risposta salvata.",
	"verdictRight": "Giusto.",
	"verdictPartly": "In parte giusto: {percent} del punteggio.",
	"verdictWrong": "Non è giusto.",
	"notAnswered": "Senza risposta",
	"yourAnswer": "La Sua risposta:",
	"rightAnswer": "Risposta giusta:",
	"explanation": "Perché:",
	"aboutYourChoice": "Sulla Sua scelta:",
	"creditBest": "risposta migliore",
	"creditAcceptable": "accettabile",
	"creditHarmful": "dannosa",
	"graded": "{text} ({grade})",
	"spotFound": "Errore individuato:",
	"spotMissed": "Errore sfuggito:",
	"spotWrongFlag": "Ha segnato questa riga, ma non è un errore:",
	"noneChosen": "nulla",
	"youWereSure": "Era sicuro.",
	"youWereUnsure": "Non era sicuro.",
	"resultsHeading": "I Suoi risultati",
	"scored": "Il Suo punteggio: {percent}.",
	"passed": "Superato: la soglia è {passMark}.",
	"notPassed": "Non ancora superato: la soglia è {passMark}.",
	"bestScore": "Il Suo punteggio migliore: {percent}",
	"lastScore": "Ultimo tentativo: {percent} il {date}",
	"attempts": {
		"one": "{count} tentativo concluso",
		"other": "{count} tentativi conclusi"
	},
	"reviewHeading": "Domanda per domanda",
	"questionN": "Domanda {n}",
	"calibrationHeading": "Quanto era sicuro",
	"calSureRight": "Sicuro e giusto: {count}",
	"calSureWrong": "Sicuro ma sbagliato: {count}",
	"calUnsureRight": "Non sicuro, ma giusto: {count}",
	"calUnsureWrong": "Non sicuro, e sbagliato: {count}",
	"calUnrated": "Senza indicazione: {count}",
	"calAdvice": "«Sicuro ma sbagliato» è lo schema da correggere: sono le risposte che darebbe con sicurezza a un cliente. Riveda:",
	"calGood": "Non è mai stato sicuro di una risposta sbagliata: la Sua sicurezza corrisponde a ciò che sa.",
	"calNone": "Non ha indicato quanto era sicuro, quindi non c’è nulla da confrontare.",
	"retryMissed": "Riprovi le domande sbagliate",
	"startAgain": "Ricominci da capo",
	"print": "Stampi i risultati",
	"retrying": {
		"one": "Sta riprovando la domanda sbagliata; le altre mantengono la risposta.",
		"other": "Sta riprovando le {count} domande sbagliate; le altre mantengono la risposta."
	},
	"storageMemory": "Questo browser non conserva dati: le Sue risposte andranno perse alla chiusura della scheda.",
	"storageRecovered": "I progressi salvati su questo dispositivo erano illeggibili. Sono stati messi da parte e il quiz riparte da zero.",
	"loadFailed": "Non è stato possibile caricare il commento. Le risposte sono salvate: ricarichi la pagina per vederlo."
};

export const quizPage: Catalogue['quizPage'] = {
	"indexTitle": "Quiz",
	"indexIntro": "Verifichi quanto ha imparato. Ogni quiz funziona nel Suo browser; i risultati restano su questo dispositivo.",
	"pageTitle": "Quiz: {title}",
	"allQuizzes": "Tutti i quiz",
	"goesWith": {
		"one": "Accompagna il modulo:",
		"other": "Accompagna i moduli:"
	},
	"moduleHeading": "Verifichi quanto ha imparato",
	"ownPage": "Apra questo quiz nella sua pagina",
	"questionCount": {
		"one": "{count} domanda",
		"other": "{count} domande"
	},
	"practice": "Allenamento",
	"practiceHint": "dopo ogni risposta vede se è giusta.",
	"assessment": "Valutazione",
	"assessmentHint": "vede i risultati alla fine.",
	"modeLabel": {
		"practice": "Allenamento:",
		"assessment": "Valutazione:"
	},
	"passMark": "Soglia per superarlo: {passMark}.",
	"needsJs": "Questo quiz funziona nel Suo browser e richiede JavaScript."
};

