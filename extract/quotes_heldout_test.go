package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Rules found by scoring articles written in new house styles
// (testdata/owngold): each test is a sentence pattern of its own.

func TestQuotesFragmentSharingAttributedSentence(t *testing.T) {
	acme := testEnt{name: "Acme", typ: "ORG"}
	check(t, quotesOf(t, `Acme said in a statement that it was "helping fully" with the inquiry and that staff safety was "our first concern." The shop reopens on Monday.`, acme),
		want{text: "helping fully", speaker: "Acme", how: ByExplicit, partial: true, venue: "a statement"},
		want{text: "our first concern.", speaker: "Acme", how: ByExplicit, partial: true, venue: "a statement"})
}

func TestQuotesLoneScareQuoteStillLeftOut(t *testing.T) {
	acme := testEnt{name: "Acme", typ: "ORG"}
	check(t, quotesOf(t, `Acme opened its "flagship" store on Monday. It said: "We are thrilled."`, acme),
		want{text: "We are thrilled.", speaker: "Acme", how: ByPronoun, cue: "said"})
}

func TestQuotesPresentTenseCalls(t *testing.T) {
	lind := testEnt{name: "Quinn Lind", typ: "PERSON", aliases: []string{"Lind"}}
	check(t, quotesOf(t, "Her deputy, Quinn Lind, who has worked beside her for years, calls her “the steadiest hand in any crisis”.", lind),
		want{text: "the steadiest hand in any crisis", speaker: "Quinn Lind", how: ByExplicit, cue: "calls", partial: true})
}

func TestQuotesSpeakerDescribedAfterPossessiveName(t *testing.T) {
	lind := testEnt{name: "Quinn Lind", typ: "PERSON", aliases: []string{"Dr Lind"}}
	park := testEnt{name: "Jae Park", typ: "PERSON"}
	check(t, quotesOf(t, "Dr Lind led the study. “The signal is clear,” said Dr Lind’s co-author, Jae Park of the Nordic Space Institute.", lind, park),
		want{text: "The signal is clear,", speaker: "Jae Park", how: ByExplicit, cue: "said"})
}

func TestQuotesPossessiveNameAloneIsNotTheSpeaker(t *testing.T) {
	lind := testEnt{name: "Quinn Lind", typ: "PERSON", aliases: []string{"Dr Lind"}}
	check(t, quotesOf(t, "Dr Lind led the study. “The signal is clear,” said Dr Lind’s co-author.", lind),
		want{text: "The signal is clear,", cue: "said", how: ByNone})
}

func TestQuotesSpokespersonOfNamedOrganisation(t *testing.T) {
	gov := testEnt{name: "Scottish Government", typ: "ORG"}
	union := testEnt{name: "Unison", typ: "ORG"}
	check(t, quotesOf(t, "The union Unison has members across the region. Its branch meets on Friday. Pay is frozen.\n\nA Scottish Government spokeswoman said: “Funding rose this year.”", gov, union),
		want{text: "Funding rose this year.", speaker: "Scottish Government", how: ByDescription, cue: "said"})
	check(t, quotesOf(t, "“Funding rose this year,” said a Scottish Government spokeswoman.", gov),
		want{text: "Funding rose this year,", speaker: "Scottish Government", how: ByDescription, cue: "said"})
}

func TestQuotesPronounPrefersPersonOfKnownGender(t *testing.T) {
	lind := testEnt{name: "Quinn Lind", typ: "PERSON", aliases: []string{"Ms Lind", "Lind"}}
	brand := testEnt{name: "Kelso Brand", typ: "PERSON", aliases: []string{"Brand"}}
	north := testEnt{name: "Northgate", typ: "ORG"}
	// Lind is shown female by "Ms Lind" further on; nothing shows Brand's
	// gender, so the possessive "Quinn Lind's" outranks him for "she".
	text := "Quinn Lind's first four records came out through Northgate, which was bought last year by a firm owned by promoter Kelso Brand.\n\n" +
		"At the time she described the sale as the “worst outcome” for her catalogue.\n\n" +
		"Ms Lind has since left the label."
	check(t, quotesOf(t, text, lind, brand, north),
		want{text: "worst outcome", speaker: "Quinn Lind", how: ByPronoun, cue: "described", partial: true})
}

func TestQuotesGuessedPronounTeachesNoGender(t *testing.T) {
	lind := testEnt{name: "Quinn Lind", typ: "PERSON", aliases: []string{"Lind"}}
	brand := testEnt{name: "Kelso Brand", typ: "PERSON", aliases: []string{"Brand"}}
	north := testEnt{name: "Northgate", typ: "ORG"}
	// Nothing shows either gender before "she described": taking Brand
	// there must not teach that Brand is female, or the later evidence
	// for Lind ("Lind … She said … she said") could not win the rereading.
	text := "Quinn Lind's first four records came out through Northgate, which was bought last year by a firm owned by promoter Kelso Brand.\n\n" +
		"At the time she described the sale as the “worst outcome” for her catalogue.\n\n" +
		"Last week Lind played in Leeds. She said the tour had sold out.\n\n" +
		"“I just want to play my own songs,” she said."
	check(t, quotesOf(t, text, lind, brand, north),
		want{text: "worst outcome", speaker: "Quinn Lind", how: ByPronoun, cue: "described", partial: true},
		want{text: "I just want to play my own songs,", speaker: "Quinn Lind", how: ByPronoun, cue: "said"})
}

func TestQuotesSecondVerbAfterMidSentencePassage(t *testing.T) {
	acme := testEnt{name: "Acme", typ: "ORG"}
	check(t, quotesOf(t, "Acme said it saw the ruling as “a step backwards” for the whole market and said it would appeal.", acme),
		want{text: "a step backwards", speaker: "Acme", how: ByExplicit, cue: "said", partial: true})
}

func TestQuotesSecondVerbAfterOpeningPassage(t *testing.T) {
	check(t, quotesOf(t, "“We won,” Carolyn Harris smiled and said.", harris),
		want{text: "We won,", speaker: "Carolyn Harris", how: ByExplicit, cue: "said"})
}

func TestQuotesTitleBeforeWorkNoun(t *testing.T) {
	lind := testEnt{name: "Quinn Lind", typ: "PERSON", aliases: []string{"Lind"}}
	text := "Critics mocked the county's “Salt. We've got it.” road campaign all week. Lind said: “It worked.”"
	check(t, quotesOf(t, text, lind),
		want{text: "It worked.", speaker: "Quinn Lind", how: ByExplicit, cue: "said"})
	// Words a speaker said before a noun that names no work stay quotes.
	text = "Lind praised the “bold. Really bold.” move on Monday, she said."
	check(t, quotesOf(t, text, lind),
		want{text: "bold. Really bold.", speaker: "Quinn Lind", how: ByPronoun, cue: "said", partial: true})
}

func TestQuotesCueWithUnknownSpeakerIsNoContinuation(t *testing.T) {
	police := testEnt{name: "Fife Police", typ: "ORG"}
	text := "Fife Police said officers attended “to keep the peace”.\n\n“Whose streets? Our streets!” crowds chanted outside."
	check(t, quotesOf(t, text, police),
		want{text: "to keep the peace", speaker: "Fife Police", how: ByExplicit, cue: "said", partial: true},
		want{text: "Whose streets? Our streets!", how: ByNone})
}

func TestQuotesDescriptionByNewsRole(t *testing.T) {
	pike := testEnt{name: "Gary Pike", typ: "PERSON", aliases: []string{"Pike"}}
	text := "Neighbour Gary Pike watched the crew load the lorry.\n\n“They took everything,” the neighbour said."
	check(t, quotesOf(t, text, pike),
		want{text: "They took everything,", speaker: "Gary Pike", how: ByDescription, cue: "said"})
}

func TestQuotesShortWholeSentenceIsSpeechNotTitle(t *testing.T) {
	orr := testEnt{name: "James Orr", typ: "PERSON", aliases: []string{"Orr"}}
	text := "Orr said he had warned officials. “I put it in writing,” he recalled. “Twice.”"
	check(t, quotesOf(t, text, orr),
		want{text: "I put it in writing,", speaker: "James Orr", how: ByPronoun, cue: "recalled"},
		want{text: "Twice.", speaker: "James Orr", how: ByContinuation})
	text = "“I have nothing to hide,” Orr told reporters on Monday. “Nothing at All.”"
	check(t, quotesOf(t, text, orr),
		want{text: "I have nothing to hide,", speaker: "James Orr", how: ByExplicit, cue: "told", addressee: "reporters"},
		want{text: "Nothing at All.", speaker: "James Orr", how: ByContinuation})
}

func TestQuotesColonWithoutCue(t *testing.T) {
	orr := testEnt{name: "James Orr", typ: "PERSON", aliases: []string{"Orr"}}
	holt := testEnt{name: "Rebecca Holt", typ: "PERSON", gender: "female", aliases: []string{"Holt"}}
	check(t, quotesOf(t, "Holt rejected the claims. Her predecessor, James Orr, was less sure: “The department has been in denial for years.”", holt, orr),
		want{text: "The department has been in denial for years.", speaker: "James Orr", how: ByExplicit})
	check(t, quotesOf(t, "Rebecca Holt spoke last.\n\nShe had a warning for the board:\n\n“Do not test me.”", holt),
		want{text: "Do not test me.", speaker: "Rebecca Holt", how: ByPronoun})
	// A relative clause before the colon introduces someone else's words.
	check(t, quotesOf(t, "Holt shared the website, which carries the following statement: “We are working on it every day.”", holt),
		want{text: "We are working on it every day.", how: ByNone})
}

func TestQuotesSpokespersonOfNamedPerson(t *testing.T) {
	holt := testEnt{name: "Rebecca Holt", typ: "PERSON", aliases: []string{"Ms Holt", "Holt"}}
	labour := testEnt{name: "Labour", typ: "ORG"}
	check(t, quotesOf(t, "Labour asked for answers. Ms Holt's spokesman said: “Every question was answered.”", holt, labour),
		want{text: "Every question was answered.", speaker: "Rebecca Holt", how: ByDescription, cue: "said"})
}

func TestQuotesActionBeatBeforeQuote(t *testing.T) {
	holt := testEnt{name: "Rebecca Holt", typ: "PERSON", aliases: []string{"Holt"}}
	orr := testEnt{name: "James Orr", typ: "PERSON", aliases: []string{"Orr"}}
	check(t, quotesOf(t, "Asked about her future, Holt smiled. “I'm going nowhere.”", holt),
		want{text: "I'm going nowhere.", speaker: "Rebecca Holt", how: ByExplicit})
	// Only in the same paragraph, and only after a short sentence.
	check(t, quotesOf(t, "Holt smiled.\n\n“I'm going nowhere.”", holt),
		want{text: "I'm going nowhere.", how: ByNone})
	check(t, quotesOf(t, "Orr spoke. Holt walked slowly back to the car parked across the street from the court. “I'm going nowhere.”", holt, orr),
		want{text: "I'm going nowhere.", how: ByNone})
}

func TestQuotesColonKeepsItsCue(t *testing.T) {
	menet := testEnt{name: "Steve Menet", typ: "PERSON"}
	check(t, quotesOf(t, "Steve Menet, senior vice president of sales for Acme, Inc., says: “Alarm fatigue is real.”", menet),
		want{text: "Alarm fatigue is real.", speaker: "Steve Menet", how: ByExplicit, cue: "says"})
}

func TestQuotesPresentTenseFeatureCues(t *testing.T) {
	ellen := testEnt{name: "Ellen Reyes", typ: "PERSON", gender: "female", aliases: []string{"Ellen"}}
	check(t, quotesOf(t, "Ellen is not so sure. “I keep telling him that,” she laughs.", ellen),
		want{text: "I keep telling him that,", speaker: "Ellen Reyes", how: ByPronoun, cue: "laughs"})
	check(t, quotesOf(t, "“Mind the step,” Ellen jokes.", ellen),
		want{text: "Mind the step,", speaker: "Ellen Reyes", how: ByExplicit, cue: "jokes"})
}

func TestQuotesStatementRead(t *testing.T) {
	dept := testEnt{name: "Department of Rural Affairs", typ: "ORG"}
	check(t, quotesOf(t, "A statement from the Department of Rural Affairs read: “We remain committed to rural health.”", dept),
		want{text: "We remain committed to rural health.", speaker: "Department of Rural Affairs", how: ByExplicit, cue: "read"})
}

func TestQuotesPartyTagIsNoSpeaker(t *testing.T) {
	brennan := testEnt{name: "Kay Brennan", typ: "PERSON", aliases: []string{"Brennan"}}
	check(t, quotesOf(t, "Rep. Kay Brennan, R-Ohio, said she wanted the review finished “within weeks, not months.”", brennan),
		want{text: "within weeks, not months.", speaker: "Kay Brennan", how: ByExplicit, cue: "said", partial: true})
}

func TestQuotesStateOfPlaceSpeaks(t *testing.T) {
	nm := testEnt{name: "New Mexico", typ: "GPE"}
	check(t, quotesOf(t, "In a court filing, the state of New Mexico argued the pause was “arbitrary and capricious” under federal law.", nm),
		want{text: "arbitrary and capricious", speaker: "New Mexico", how: ByExplicit, cue: "argued", partial: true, venue: "a court filing"})
}

func TestQuotesCueOpeningAnApposition(t *testing.T) {
	dana := testEnt{name: "Dana Whitfield", typ: "PERSON", aliases: []string{"Whitfield"}}
	check(t, quotesOf(t, "Whitfield, asked the same question, said only that the review was “ongoing.”", dana),
		want{text: "ongoing.", speaker: "Dana Whitfield", how: ByExplicit, cue: "said", partial: true})
}

func TestQuotesGenderedDescriptionSkipsOtherGender(t *testing.T) {
	kerry := testEnt{name: "Kerry Lawson", typ: "PERSON", aliases: []string{"Ms Lawson"}}
	craig := testEnt{name: "Craig Dunn", typ: "PERSON", aliases: []string{"Mr Dunn"}}
	text := "Ms Lawson's partner, Craig Dunn, was at work. “I'll never forgive myself,” Mr Dunn said.\n\nThe mum later wrote on Instagram: “Hug your babies tonight.”"
	check(t, quotesOf(t, text, kerry, craig),
		want{text: "I'll never forgive myself,", speaker: "Craig Dunn", how: ByTitle, cue: "said"},
		want{text: "Hug your babies tonight.", speaker: "Kerry Lawson", how: ByDescription, cue: "wrote", venue: "Instagram"})
}

func TestQuotesPostNominalLettersAreNoName(t *testing.T) {
	check(t, quotesOf(t, "His barrister, Anne Cole KC, said her client had “nothing to do with” the case."),
		want{text: "nothing to do with", speaker: "Anne Cole", how: ByExplicit, cue: "said", partial: true})
}

func TestQuotesSingleMarksOverParagraphs(t *testing.T) {
	kaur := testEnt{name: "Nadia Kaur", typ: "PERSON", aliases: []string{"Dr Kaur"}}
	text := "Dr Kaur gave evidence.\n\n‘Nobody told us about the allergy,’ she said. ‘The notes said “no known allergies” in capitals.\n\n‘If we had known, we would have used another drug.’"
	check(t, quotesOf(t, text, kaur),
		want{text: "Nobody told us about the allergy,", speaker: "Nadia Kaur", how: ByPronoun, cue: "said"},
		want{text: "The notes said “no known allergies” in capitals.\n\n‘If we had known, we would have used another drug.", speaker: "Nadia Kaur", how: ByContinuation})
}

func TestQuotesSingleMarkSpeechBesideDoubleMarkTerms(t *testing.T) {
	haddad := testEnt{name: "Amir Haddad", typ: "PERSON", aliases: []string{"Haddad"}}
	text := "The trust said it had “apologised unreservedly”.\n\nHaddad spoke next. 'My father trusted them,' he said."
	check(t, quotesOf(t, text, haddad),
		want{text: "apologised unreservedly", how: ByNone, cue: "said", partial: true},
		want{text: "My father trusted them,", speaker: "Amir Haddad", how: ByPronoun, cue: "said"})
}

func TestQuotesTitledNameInApposition(t *testing.T) {
	check(t, quotesOf(t, "The coroner, Mrs Helen Ward, said she would rule next month, adding: ‘This family deserves answers.’"),
		want{text: "This family deserves answers.", speaker: "Helen Ward", how: ByExplicit, cue: "adding"})
}

func TestQuotesCapitalisedTitleStandsForHolder(t *testing.T) {
	rao := testEnt{name: "Ramesh Rao", typ: "PERSON", aliases: []string{"Mr. Rao"}}
	text := "Chief Minister Ramesh Rao spoke on Monday.\n\nAsked about the charge, the Chief Minister said, “They ruled for decades and did nothing.”"
	check(t, quotesOf(t, text, rao),
		want{text: "They ruled for decades and did nothing.", speaker: "Ramesh Rao", how: ByDescription, cue: "said"})
}

func TestQuotesCueWordAfterNamePossessiveIsNoun(t *testing.T) {
	reddy := testEnt{name: "Lakshmi Reddy", typ: "PERSON"}
	check(t, quotesOf(t, "Lakshmi Reddy, in a statement, termed the Minister's remarks “hollow rhetoric”.", reddy),
		want{text: "hollow rhetoric", speaker: "Lakshmi Reddy", how: ByExplicit, cue: "termed", partial: true, venue: "a statement"})
	// "He's" is "he has": the cue after it stays a verb.
	check(t, quotesOf(t, "Lakshmi Reddy left early. He's said the plan was “dead”.", reddy),
		want{text: "dead", speaker: "Lakshmi Reddy", how: ByPronoun, cue: "said", partial: true})
}

func TestQuotesRoleTitleInAppositionIsNoName(t *testing.T) {
	rob := testEnt{name: "Rob Goldman", typ: "PERSON"}
	check(t, quotesOf(t, "Rob Goldman, President Ascom North America, says: “Hospitals can filter alarms.”", rob),
		want{text: "Hospitals can filter alarms.", speaker: "Rob Goldman", how: ByExplicit, cue: "says"})
}

func TestQuotesContinuationPastUnparsedCueNamingSameSpeaker(t *testing.T) {
	kaplan := testEnt{name: "Stuart Kaplan", typ: "PERSON", aliases: []string{"Kaplan"}}
	text := "“Companies come and go,” Kaplan says.\n\n“If I see a deck on sale,” Kaplan, also a collector of games, rare cards, and books says, “it upsets me more than I can say.”"
	got := quotesOf(t, text, kaplan)
	require.Len(t, got, 3)
	if assert.NotNil(t, got[1].Speaker) {
		assert.Equal(t, "Stuart Kaplan", *got[1].Speaker)
	}
}

func TestQuotesColonAfterWordThatNamesNoOne(t *testing.T) {
	check(t, quotesOf(t, "Use the word only when you mean it. Example: “That was so funny I literally cried.”"),
		want{text: "That was so funny I literally cried.", how: ByNone})
}

func TestQuotesPossessiveBeforeName(t *testing.T) {
	stephens := testEnt{name: "Rachel Stephens", typ: "PERSON", aliases: []string{"Stephens"}}
	redmonk := testEnt{name: "RedMonk", typ: "ORG"}
	check(t, quotesOf(t, "According to RedMonk’s Stephens, “Budgets are tight and teams are stretched.”", stephens, redmonk),
		want{text: "Budgets are tight and teams are stretched.", speaker: "Rachel Stephens", how: ByExplicit, cue: "According to"})
}

func TestQuotesReadOnlyIntroducesDirectly(t *testing.T) {
	check(t, quotesOf(t, "Once we might have read of “hero cabdrivers” saving the day. A notice on the door read: “Closed until further notice.”"),
		want{text: "Closed until further notice.", how: ByNone, cue: "read"})
}

func TestQuotesDocumentOfUnlistedOwner(t *testing.T) {
	check(t, quotesOf(t, "The project has grown fast. According to Mozilla's manifesto, “The project uses a community-based approach.”"),
		want{text: "The project uses a community-based approach.", speaker: "Mozilla", how: ByDescription, cue: "According to"})
}
