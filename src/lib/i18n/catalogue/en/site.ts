export const assign = {
	title: 'Build an assignment',
	intro:
		'Pick modules, quizzes and role-plays, and send your learners one link or QR code. Their results come back to you as completion codes you paste into the results review.',
};

export const cards = {
	title: 'Role cards for live role-play',
	intro:
		'Print these for role-play in pairs: one person takes the caller’s card, the other the agent’s, and neither reads the other’s. Each scenario prints on its own page; cut along the dashes.',
	print: 'Print the cards',
	caller: 'Caller’s card',
	agent: 'Agent’s card',
	goal: 'What you want:',
	playAlone: 'Play this call on screen',
	map: 'Map of the call: every way it can go, and the best call',
};

export const footer = {
	privacy: 'No accounts, no tracking: nothing you do here leaves your device.',
	languages: 'This site in other languages',
	more: 'More',
};

export const glossary = {
	title: 'Glossary',
	intro: 'The words of the trade, in plain language.',
	source: 'Source',
};

export const home = {
	title: 'Both Ends: better phone calls, from both ends of the line',
	lead: 'Short lessons and practice for everyone on a support call: the agent who answers, the caller who needs help, and the trainer who prepares the team.',
	doors: 'Where do you start?',
	door: {
		agents: {
			title: 'I’m new on the phones',
			text: 'Open a call well, use hold properly, and own the problem.',
		},
		wellbeing: {
			title: 'I want to keep my head',
			text: 'Leave a hard call behind, and know where the line is with abuse.',
		},
		callers: {
			title: 'I’m calling a support line',
			text: 'Get heard in two minutes, and know what a call may cost you.',
		},
		trainers: {
			title: 'I train a team',
			text: 'Plan the first week and run live role-play in pairs.',
		},
	},
};

export const lang = {
	label: 'Language',
	current: '(current)',
};

export const module = {
	minutes: '{minutes} min',
	minutesLong: '{minutes} minutes to read',
	objectives: 'In this module you will',
	takeaways: 'Key takeaways',
	sources: 'Sources',
	pager: 'More in this track',
	prev: 'Previous',
	next: 'Next',
	breadcrumb: 'Breadcrumb',
	practice: 'Practise it in a call',
	quizQuestions: { one: '{count} question', other: '{count} questions' },
	dialogue: 'Worked example',
	readAloud: 'Read aloud',
	readStop: 'Stop reading',
	readNoVoice: 'This device has no English voice of its own: the transcript above is the way to follow this call.',
	ruleIn: 'The rule in {country}',
	checkLabel: 'Quick check (not scored)',
	checkButton: 'Check my answer',
	checkRight: 'Right. Read why below each answer.',
	checkPartly: 'Partly right. Read the notes below the answers; this one will come back in your review.',
	checkWrong: 'Not quite. Read the notes below the answers, then try again; this one will come back in your review.',
	checkChoose: 'Choose an answer first.',
	checkEarlier: 'Your earlier answer.',
	sayLabel: 'Say it better (not scored; nothing you type leaves this device)',
	sayYours: 'Your version',
	sayCompare: 'Compare',
	sayEmpty: 'Write your version first, then compare.',
	sayClean: 'No known weak phrase in your version. Compare it with the models below.',
	sayFound: 'Your version still uses {phrases}: see the notes below.',
	sayQuote: '“{text}”',
	sayModels: 'Two model answers',
	sayChecklist: 'Does your version…',
	sayRate: 'How does yours compare?',
	sayRateGood: 'As good as the models',
	sayRateClose: 'Close',
	sayRateNotYet: 'Not yet',
	toc: 'On this page',
};

export const nav = {
	label: 'Main',
	agents: 'Agents',
	wellbeing: 'Wellbeing',
	callers: 'Callers',
	trainers: 'Trainers',
	practice: 'Practice',
	progress: 'My progress',
	menu: 'Menu',
};

export const notFound = {
	title: 'Page not found',
	text: 'This page does not exist, or it moved. Start again from the home page.',
	home: 'Go to the home page',
	tracks: 'Or start from a track',
};

export const paths = {
	title: 'Learning paths',
	intro: 'Modules, quizzes and practice calls in a sensible order, with where you stand on each.',
	size: {
		one: '{count} step · about {minutes} min',
		other: '{count} steps · about {minutes} min',
	},
	doneCount: '{done} of {total} done on this device',
	done: 'Done',
	todo: 'To do',
};

export const practice = {
	title: 'Practice calls',
	intro:
		'Role-plays of real situations. You choose what to say; the other person reacts; a debrief shows what worked and what would have been better. Results stay on this device.',
	side: {
		agent: 'You are the agent',
		caller: 'You are the caller',
	},
	dimensions: 'Scored on: {list}',
	best: 'Your best: {percent}',
	notPlayed: 'Not played yet',
	teaches: 'Read first:',
	empty: 'No practice calls yet.',
};

export const review = {
	title: 'Review results',
	intro: 'Paste your learners’ completion codes to see who passed what, then export a CSV.',
};

export const root = {
	choose: 'Choose your language',
};

export const search = {
	open: 'Search',
	shortcut: 'Ctrl K',
	label: 'Search the site',
	placeholder: 'Hold, abuse, refunds…',
	submit: 'Search',
	close: 'Close search',
	loading: 'Loading search…',
	prompt: 'Type at least two letters.',
	empty: 'No results for “{query}”. Try a shorter or different word.',
	count: {
		one: '{count} result for “{query}”',
		other: '{count} results for “{query}”',
	},
	error: 'Search could not load. Reload the page, or browse the tracks from the menu.',
	more: 'More results',
	title: 'Search',
	intro: 'Search every module in English. Results stay on this device: nothing is sent anywhere.',
	filterTrack: 'Track',
	filterType: 'Type',
	any: 'All',
	noscript: 'Search needs JavaScript. Browse the tracks from the menu instead.',
};

export const site = {
	name: 'Both Ends',
	tagline: 'The telephone call, taught from both ends of the line.',
};

export const skip = {
	link: 'Skip to content',
};

export const sources = {
	title: 'Sources',
	intro:
		'Every source the modules, tools and the rights finder cite, with the date it was last checked and the pages that cite it. Strong sources are laws, regulators and peer-reviewed studies; where a module relies on weaker evidence, it says so.',
	citedBy: 'Cited in:',
	/** After a source's title when it has a date, as the text of a `<time datetime>` element. */
	checked: '(checked on {date})',
};

export const track = {
	agents: {
		title: 'Agents: call etiquette',
		intro: 'For people who answer or make calls for a living. Each module takes a few minutes.',
	},
	wellbeing: {
		title: 'Wellbeing for agents',
		intro: 'Calls tire you in ways a shift rota does not show. What the research says helps.',
	},
	callers: {
		title: 'Callers: getting help',
		intro: 'For anyone calling a support line: how to prepare, be heard, and know your rights.',
	},
	trainers: {
		title: 'Trainers',
		intro: 'Plans, exercises and checklists for people who prepare a team for the phones.',
	},
	modules: 'Modules',
	empty: 'No modules in this track yet.',
};

export const trainers = {
	tools: 'Tools for trainers',
};

export const type = {
	module: 'Module',
	roleplay: 'Role-play',
	quiz: 'Quiz',
	page: 'Page',
	tool: 'Tool',
	path: 'Learning path',
};
