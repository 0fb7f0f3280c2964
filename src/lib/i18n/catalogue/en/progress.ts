export const progress = {
	"title": "My progress",
	"intro": "What you have read, practised and passed, kept in this browser only.",
	"empty": "Nothing yet. Read a module, take a quiz or play a call, and it shows up here.",
	"continueTitle": "Continue where you left off",
	"continueNext": "Next: {title}",
	"tracks": "By track",
	"paths": "Learning paths",
	"modulesRead": {
		"one": "{count} module read out of {total}",
		"other": "{count} modules read out of {total}"
	},
	"quizzes": "Quizzes",
	"roleplays": "Practice calls",
	"best": "Best: {score}",
	"passed": "passed",
	"notPassed": "not passed yet",
	"quizBest": "Best: {score}, {status}",
	"dimensionScore": "{dimension}: {score}",
	"assignments": "Assignments from your trainer",
	"noAssignments": "No assignments yet. When a trainer sends you a link, it appears here.",
	"openAssignment": "Open “{title}”",
	"assignmentMeta": "{progress}, received {date}",
	"assignmentProgress": {
		"one": "{count} of {total} done",
		"other": "{count} of {total} done"
	},
	"yourData": "Your data",
	"exportButton": "Export my progress",
	"importLabel": "Import a progress file",
	"importPreview": "This file holds {counts}. Importing replaces what is on this device now.",
	"importCounts": {
		"modules": {
			"one": "{count} module read",
			"other": "{count} modules read"
		},
		"quizzes": {
			"one": "{count} quiz",
			"other": "{count} quizzes"
		},
		"roleplays": {
			"one": "{count} practice call",
			"other": "{count} practice calls"
		},
		"assignments": {
			"one": "{count} assignment",
			"other": "{count} assignments"
		}
	},
	"importConfirm": "Replace my progress",
	"importCancel": "Cancel",
	"importDone": "Progress imported.",
	"importBad": "This file is not a Both Ends progress file, or it is damaged. Nothing was changed.",
	"deleteButton": "Delete everything",
	"deleteConfirm": "Delete all progress on this device? This cannot be undone. Export it first if you may want it back.",
	"deleteDone": "Everything was deleted from this device.",
	"recovered": "Your saved progress could not be read (it may have been damaged), so you are starting afresh. A copy of the old data was kept: download it before you discard it, and send it to the site’s maintainers if you want it looked at.",
	"downloadBackup": "Download the old data",
	"discardBackup": "Discard the old data",
	"memoryOnly": "This browser is not letting the site store data (private browsing, or storage full). Everything works, but your progress will be gone when you close this tab. Export it to keep it.",
	"privacy": "All of this is stored in this browser only. Nothing is sent anywhere.",
	"markRead": "Mark as read",
	"readOn": "Read ✓"
};

