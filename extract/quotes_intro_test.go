package extract

import "testing"

func TestQuotesReportedSentenceIntroduces(t *testing.T) {
	nair := testEnt{name: "Priya Nair", typ: "PERSON", aliases: []string{"Dr Nair", "Nair"}}
	text := "Priya Nair led the work.\n\nDr Nair said the message for now was simple. “Walk to the shop. It all adds up.”"
	check(t, quotesOf(t, text, nair),
		want{text: "Walk to the shop. It all adds up.", speaker: "Priya Nair", how: ByTitle, cue: "said"})
	// A quote opening the next paragraph is introduced by it too: the
	// reported-speech paragraph, then the speaker's own words.
	text = "Priya Nair led the work.\n\nDr Nair said the message for now was simple.\n\n“Walk to the shop. It all adds up.”"
	check(t, quotesOf(t, text, nair),
		want{text: "Walk to the shop. It all adds up.", speaker: "Priya Nair", how: ByTitle, cue: "said"})
	// Not when the report is not the sentence just before the quote.
	text = "Priya Nair led the work.\n\nDr Nair said the message for now was simple. The trial starts in May.\n\n“Walk to the shop. It all adds up.”"
	check(t, quotesOf(t, text, nair),
		want{text: "Walk to the shop. It all adds up.", how: ByNone})
}

func TestQuotesCueWordAfterArticleIsNoun(t *testing.T) {
	erk := testEnt{name: "Saeb Erekat", typ: "PERSON", aliases: []string{"Erekat"}}
	// "their claims" is no cue: the report before it introduces the quote.
	text := "Erekat said the move would force the Palestinians to give up their claims to a state.\n\n“They wanted us on our knees.”"
	check(t, quotesOf(t, text, erk),
		want{text: "They wanted us on our knees.", speaker: "Saeb Erekat", how: ByExplicit, cue: "said"})
	// A speech noun leading to a fragment still makes it someone's words.
	text = "That contradicts his claim in the same speech that the talks were “not over” at all."
	check(t, quotesOf(t, text, erk),
		want{text: "not over", how: ByNone, partial: true})
}

func TestQuotesSpokesmanSpeaksForOrganisation(t *testing.T) {
	council := testEnt{name: "Doncaster Council", typ: "ORG"}
	text := "Doncaster Council admitted the blunder.\n\nA spokesman said: ‘We are deeply sorry.’"
	check(t, quotesOf(t, text, council),
		want{text: "We are deeply sorry.", speaker: "Doncaster Council", how: ByDescription, cue: "said"})
	// Too far from any organisation, the spokesman names no one.
	text = "Doncaster Council admitted the blunder. The bins were emptied. The gnomes went. Nobody knocked.\n\nA spokesman said: ‘We are deeply sorry.’"
	check(t, quotesOf(t, text, council),
		want{text: "We are deeply sorry.", how: ByNone, cue: "said"})
}

func TestQuotesClubBeforeRoleIsNoAntecedent(t *testing.T) {
	// The entity list mistakes the club for a person; the role noun and
	// the name after it show who the sentence is about.
	vale := testEnt{name: "Milton Vale", typ: "PERSON", aliases: []string{"Vale"}}
	ferris := testEnt{name: "Mark Ferris", typ: "PERSON"}
	text := "Milton Vale lost. Vale boss Mark Ferris was less pleased. “We switched off,” he said."
	check(t, quotesOf(t, text, vale, ferris),
		want{text: "We switched off,", speaker: "Mark Ferris", how: ByPronoun, cue: "said"})
}
