// TEMPORARY: moves to a content collection (issue 9).
import type { Locale } from '../i18n/locales.ts';
import type { ToolId } from './registry.ts';
/** A piece of a sentence: plain text, or text that links to its source. */
export type Rich = string | { text: string; href: string };
export interface ToolPage { title: string; summary: string; intro: Rich[][] }
export const toolPages: Record<Locale, Record<ToolId, ToolPage>> = {
	"en": {
		"prep-sheet": {
			"title": "Call-prep sheet",
			"summary": "Put the facts on one page before you call, then print it with a call log to fill in.",
			"intro": [
				[
					"A support call goes faster when the facts are in front of you before anyone answers. Complaint bodies ask for the same things every time: your account number, the dates, what you have already tried and what you want (",
					{
						"text": "CCTS complaint guide, Canada",
						"href": "http://www.ccts-cprst.ca/complaints/guide"
					},
					")."
				],
				[
					"During the call, write down the date, the agent’s name, a reference number and what was promised (",
					{
						"text": "Telecommunications Industry Ombudsman, Australia",
						"href": "http://m.tio.com.au/consumers/sub-page-2"
					},
					"): if you have to call back or complain, those notes are your record."
				],
				[
					"Fill in the form below and it becomes a one-page sheet to print or keep on screen, with a call log to complete by hand. It is saved in this browser as you type, and nothing is sent anywhere."
				]
			]
		},
		"reset": {
			"title": "60-second reset",
			"summary": "One minute of paced breathing between calls, guided in words.",
			"intro": [
				[
					"A hard call does not end when the line goes quiet: in experiments, rudeness from customers left staff with worse memory and performance on the tasks that followed (",
					{
						"text": "Rafaeli and colleagues, 2012",
						"href": "https://cris.bgu.ac.il/en/publications/when-customers-exhibit-verbal-aggression-employees-pay-cognitive"
					},
					")."
				],
				[
					"In a 2023 Stanford trial, 114 healthy adults breathed in a set pattern for five minutes a day for a month; cyclic sighing, a double breath in and a long breath out, improved mood and slowed breathing more than mindfulness meditation (",
					{
						"text": "Balban and colleagues, 2023",
						"href": "https://qigonginstitute.org/abstract/18065/brief-structured-respiration-practices-enhance-mood-and-reduce-physiological-arousal"
					},
					"). Box breathing was tested in the same trial."
				],
				[
					"That trial did not study call-centre agents, and one minute is shorter than its five, so treat this as a promising habit rather than a proven cure. The phase is shown and announced in words, so you can follow it with your eyes closed; the circle moves only if your device allows animation."
				]
			]
		},
		"check-in": {
			"title": "Shift check-in",
			"summary": "A private end-of-shift note: how heavy today was, and three good things.",
			"intro": [
				[
					"The hardest call of the day tends to come home with you: in a diary study of 149 agents, mistreatment by customers led to rumination at night and a worse mood the next morning (",
					{
						"text": "Wang and colleagues, 2013",
						"href": "https://bm.hkust.edu.hk/en-us/bizinsight/bizstudies/1731"
					},
					")."
				],
				[
					"Writing down three good things at the end of the workday reduced evening stress and improved health in a field study (",
					{
						"text": "Bono and colleagues, 2013",
						"href": "https://doi.org/10.5465/amj.2011.0272"
					},
					"). Small things count: a caller who laughed, a problem you fixed, a colleague who helped."
				],
				[
					"This check-in takes a minute. It stays in this browser on this device: nothing is sent to us, to your employer or to anyone else."
				]
			]
		}
	},
	"fr": {
		"prep-sheet": {
			"title": "Fiche de préparation d’appel",
			"summary": "Réunissez les faits sur une page avant d’appeler, puis imprimez-la avec un journal d’appels à remplir.",
			"intro": [
				[
					"Un appel au service client va plus vite quand vous avez les faits sous les yeux avant qu’on vous réponde. Les organismes de plainte demandent toujours les mêmes éléments : votre numéro de compte, les dates, ce que vous avez déjà essayé et ce que vous attendez (",
					{
						"text": "guide des plaintes de la CPRST, Canada",
						"href": "http://www.ccts-cprst.ca/complaints/guide"
					},
					")."
				],
				[
					"Pendant l’appel, notez la date, le nom de l’agent, un numéro de référence et ce qu’on vous a promis (",
					{
						"text": "médiateur des télécommunications, Australie",
						"href": "http://m.tio.com.au/consumers/sub-page-2"
					},
					") : si vous devez rappeler ou porter plainte, ces notes font foi."
				],
				[
					"Remplissez le formulaire ci-dessous : il devient une fiche d’une page à imprimer ou à garder à l’écran, avec un journal d’appels à compléter à la main. Il est enregistré dans ce navigateur au fil de la saisie, et rien n’est envoyé nulle part."
				]
			]
		},
		"reset": {
			"title": "La pause de 60 secondes",
			"summary": "Une minute de respiration rythmée entre deux appels, guidée par des mots.",
			"intro": [
				[
					"Un appel difficile ne s’arrête pas quand la ligne se tait : lors d’expériences, l’impolitesse de clients a dégradé la mémoire et les performances du personnel sur les tâches suivantes (",
					{
						"text": "Rafaeli et collègues, 2012",
						"href": "https://cris.bgu.ac.il/en/publications/when-customers-exhibit-verbal-aggression-employees-pay-cognitive"
					},
					")."
				],
				[
					"Dans un essai mené à Stanford en 2023, 114 adultes en bonne santé ont suivi un exercice de respiration cinq minutes par jour pendant un mois ; le soupir cyclique, une double inspiration suivie d’une longue expiration, a davantage amélioré l’humeur et ralenti la respiration que la méditation de pleine conscience (",
					{
						"text": "Balban et collègues, 2023",
						"href": "https://qigonginstitute.org/abstract/18065/brief-structured-respiration-practices-enhance-mood-and-reduce-physiological-arousal"
					},
					"). La respiration carrée a été testée dans le même essai."
				],
				[
					"Cet essai ne portait pas sur des agents de centre d’appels, et une minute, c’est moins que ses cinq : voyez-y une habitude prometteuse, pas un remède éprouvé. La phase est affichée et annoncée en toutes lettres, vous pouvez donc la suivre les yeux fermés ; le cercle ne bouge que si votre appareil autorise les animations."
				]
			]
		},
		"check-in": {
			"title": "Bilan de fin de service",
			"summary": "Une note privée en fin de service : le poids de la journée, et trois bonnes choses.",
			"intro": [
				[
					"L’appel le plus dur de la journée a tendance à rentrer avec vous : dans une étude par journal de bord menée auprès de 149 agents, les mauvais traitements de la part de clients entraînaient des ruminations le soir et une humeur plus sombre le lendemain matin (",
					{
						"text": "Wang et collègues, 2013",
						"href": "https://bm.hkust.edu.hk/en-us/bizinsight/bizstudies/1731"
					},
					")."
				],
				[
					"Noter trois bonnes choses en fin de journée de travail a réduit le stress du soir et amélioré la santé dans une étude de terrain (",
					{
						"text": "Bono et collègues, 2013",
						"href": "https://doi.org/10.5465/amj.2011.0272"
					},
					"). Les petites choses comptent : un client qui a ri, un problème réglé, un collègue qui vous a aidé."
				],
				[
					"Ce bilan prend une minute. Il reste dans ce navigateur, sur cet appareil : rien n’est envoyé, ni à nous, ni à votre employeur, ni à personne."
				]
			]
		}
	},
	"it": {
		"prep-sheet": {
			"title": "Scheda per preparare la chiamata",
			"summary": "Metta i fatti su una pagina prima di chiamare, poi la stampi con un registro delle chiamate da compilare.",
			"intro": [
				[
					"Una chiamata all’assistenza è più rapida se ha i fatti sotto gli occhi prima ancora che qualcuno risponda. Gli organismi che gestiscono i reclami chiedono sempre le stesse cose: il numero cliente, le date, che cosa ha già provato e che cosa chiede (",
					{
						"text": "guida ai reclami della CCTS, Canada",
						"href": "http://www.ccts-cprst.ca/complaints/guide"
					},
					")."
				],
				[
					"Durante la chiamata annoti la data, il nome dell’operatore, un numero di riferimento e che cosa Le è stato promesso (",
					{
						"text": "ombudsman delle telecomunicazioni, Australia",
						"href": "http://m.tio.com.au/consumers/sub-page-2"
					},
					"): se dovrà richiamare o fare reclamo, quegli appunti saranno la Sua documentazione."
				],
				[
					"Compili il modulo qui sotto: diventa una scheda di una pagina da stampare o da tenere sullo schermo, con un registro delle chiamate da completare a mano. Viene salvato in questo browser mentre scrive, e nulla viene inviato altrove."
				]
			]
		},
		"reset": {
			"title": "Pausa di 60 secondi",
			"summary": "Un minuto di respirazione guidata tra una chiamata e l’altra, spiegata a parole.",
			"intro": [
				[
					"Una chiamata difficile non finisce quando la linea tace: negli esperimenti, la scortesia dei clienti ha peggiorato la memoria e il rendimento del personale nei compiti successivi (",
					{
						"text": "Rafaeli e colleghi, 2012",
						"href": "https://cris.bgu.ac.il/en/publications/when-customers-exhibit-verbal-aggression-employees-pay-cognitive"
					},
					")."
				],
				[
					"In uno studio controllato di Stanford del 2023, 114 adulti sani hanno respirato seguendo uno schema per cinque minuti al giorno per un mese; il sospiro ciclico, una doppia inspirazione seguita da una lunga espirazione, ha migliorato l’umore e rallentato il respiro più della meditazione di consapevolezza (",
					{
						"text": "Balban e colleghi, 2023",
						"href": "https://qigonginstitute.org/abstract/18065/brief-structured-respiration-practices-enhance-mood-and-reduce-physiological-arousal"
					},
					"). Nello stesso studio è stata provata anche la respirazione quadrata."
				],
				[
					"Lo studio non riguardava operatori di call center, e un minuto è meno dei suoi cinque: lo consideri un’abitudine promettente, non una cura dimostrata. La fase viene mostrata e annunciata a parole, quindi può seguirla a occhi chiusi; il cerchio si muove solo se il Suo dispositivo consente le animazioni."
				]
			]
		},
		"check-in": {
			"title": "Bilancio di fine turno",
			"summary": "Una nota privata a fine turno: quanto è pesata la giornata, e tre cose belle.",
			"intro": [
				[
					"La chiamata più dura della giornata tende a tornare a casa con Lei: in uno studio su diari di 149 operatori, i maltrattamenti da parte dei clienti portavano a rimuginare la sera e a un umore peggiore la mattina dopo (",
					{
						"text": "Wang e colleghi, 2013",
						"href": "https://bm.hkust.edu.hk/en-us/bizinsight/bizstudies/1731"
					},
					")."
				],
				[
					"Scrivere tre cose belle alla fine della giornata di lavoro ha ridotto lo stress serale e migliorato la salute in uno studio sul campo (",
					{
						"text": "Bono e colleghi, 2013",
						"href": "https://doi.org/10.5465/amj.2011.0272"
					},
					"). Contano anche le piccole: un cliente che ha riso, un problema risolto, un collega che L’ha aiutata."
				],
				[
					"Questo bilancio richiede un minuto. Resta in questo browser, su questo dispositivo: non viene inviato a noi, al Suo datore di lavoro né a nessun altro."
				]
			]
		}
	}
};
