package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Shapes of attribution common in political news: partial quotes woven
// into the writer's sentence after verbs that name or characterise
// ("called the deal “…”", "dismissed it as “…”"), verbs coordinated with
// "and" after a phrase of time or place, and descriptions by title.

func TestQuotesCoordinatedCueAfterWeekday(t *testing.T) {
	ortiz := testEnt{name: "Lena Ortiz", typ: "PERSON", aliases: []string{"Ortiz"}}
	check(t, quotesOf(t, `Councilwoman Lena Ortiz called the zoning vote "a giveaway to developers" on Thursday and warned it would "price out every young family."`, ortiz),
		want{text: "a giveaway to developers", speaker: "Lena Ortiz", how: ByExplicit, cue: "called", partial: true},
		want{text: "price out every young family.", speaker: "Lena Ortiz", how: ByExplicit, cue: "warned", partial: true})
}

func TestQuotesCoordinatedCueAfterPlaceObject(t *testing.T) {
	hale := testEnt{name: "Victor Hale", typ: "PERSON"}
	fox := testEnt{name: "Fox News", typ: "ORG"}
	check(t, quotesOf(t, `Treasury Secretary Victor Hale branded the levy "a tax on thrift" in an interview with Fox News and insisted voters would "see through it."`, hale, fox),
		want{text: "a tax on thrift", speaker: "Victor Hale", how: ByExplicit, cue: "branded", partial: true},
		want{text: "see through it.", speaker: "Victor Hale", how: ByExplicit, cue: "insisted", venue: "an interview", partial: true})
}

func TestQuotesTimePhraseBetweenSubjectAndCue(t *testing.T) {
	dunn := testEnt{name: "Carla Dunn", typ: "PERSON"}
	reyes := testEnt{name: "Tomas Reyes", typ: "PERSON"}
	check(t, quotesOf(t, `Carla Dunn on Wednesday called Tomas Reyes "a career politician" and said his record was "thinner than his slogans."`, dunn, reyes),
		want{text: "a career politician", speaker: "Carla Dunn", how: ByExplicit, cue: "called", partial: true},
		want{text: "thinner than his slogans.", speaker: "Carla Dunn", how: ByExplicit, cue: "said", partial: true})
}

func TestQuotesMonthAfterPrepositionIsNoSpeaker(t *testing.T) {
	check(t, quotesOf(t, `The premier in April said the border was "closed for good."`),
		want{text: "closed for good.", how: ByNone, cue: "said", partial: true})
}

func TestQuotesWeekdayNeverSpeaks(t *testing.T) {
	got := quotesOf(t, `The vote was held late Friday and said to be "a formality."`)
	for _, q := range got {
		if q.Speaker != nil && *q.Speaker == "Friday" {
			t.Fatalf("a weekday as speaker: %+v", q)
		}
	}
}

func TestQuotesCapitalisedCueInsideName(t *testing.T) {
	ward := testEnt{name: "Ivy Said Ward", typ: "PERSON"}
	check(t, quotesOf(t, `According to a 2021 study by Ivy Said Ward of Leeds University, pay had "barely moved" in a decade.`, ward),
		want{text: "barely moved", speaker: "Ivy Said Ward", how: ByExplicit, cue: "According to", partial: true})
}

func TestQuotesDismissedAsAccordingToStatement(t *testing.T) {
	dept := testEnt{name: "Interior Ministry", typ: "ORG"}
	check(t, quotesOf(t, `The Interior Ministry dismissed the leak as "pure invention," according to a statement issued late Sunday.`, dept),
		want{text: "pure invention,", speaker: "Interior Ministry", how: ByDescription, cue: "according to", venue: "", partial: true})
	check(t, quotesOf(t, `The Interior Ministry dismissed the leak as "pure invention" on Sunday.`, dept),
		want{text: "pure invention", speaker: "Interior Ministry", how: ByExplicit, cue: "dismissed", partial: true})
}

func TestQuotesDescribedAsByUnnamedGroup(t *testing.T) {
	check(t, quotesOf(t, `Several shopkeepers described the new parking rules as "a slow death."`),
		want{text: "a slow death.", how: ByNone, cue: "described", partial: true})
}

func TestQuotesSenatorByAbbreviatedTitle(t *testing.T) {
	park := testEnt{name: "Owen Park", typ: "PERSON"}
	ames := testEnt{name: "Dana Ames", typ: "PERSON"}
	text := "Sen. Dana Ames spoke first at the hearing. Commerce Secretary Owen Park defended the tariff. " +
		`The senator described the tariff as "a tax on every kitchen table" and vowed to "repeal it by spring."`
	check(t, quotesOf(t, text, park, ames),
		want{text: "a tax on every kitchen table", speaker: "Dana Ames", how: ByDescription, cue: "described", partial: true},
		want{text: "repeal it by spring.", speaker: "Dana Ames", how: ByDescription, cue: "vowed", partial: true})
}

func TestQuotesTitleDescriptionDoesNotFitOtherOffice(t *testing.T) {
	moss := testEnt{name: "Ruth Moss", typ: "PERSON"}
	text := `Gov. Ruth Moss signed the order. The senator called it "an overreach."`
	check(t, quotesOf(t, text, moss),
		want{text: "an overreach.", how: ByNone, cue: "called", partial: true})
}

func TestQuotesOfficeOfDescribedPerson(t *testing.T) {
	wh := testEnt{name: "White House", typ: "ORG", subtype: "public_body"}
	text := `The White House declined to comment. The mayor's office said the audit was "still ongoing" and that staff were "cooperating fully."`
	check(t, quotesOf(t, text, wh),
		want{text: "still ongoing", how: ByNone, cue: "said", partial: true},
		want{text: "cooperating fully.", how: ByNone, cue: "said", partial: true})
}

func TestQuotesOrganisationOfOtherKindIsNoCampaign(t *testing.T) {
	cnn := testEnt{name: "CNN", typ: "ORG", subtype: "outlet"}
	check(t, quotesOf(t, `A poll by CNN put the race level. The campaign dismissed the poll as "noise" on Sunday.`, cnn),
		want{text: "noise", how: ByNone, cue: "dismissed", partial: true})
}

func TestQuotesCoordinatedCueAfterDateline(t *testing.T) {
	vance := testEnt{name: "Irene Vance", typ: "PERSON"}
	check(t, quotesOf(t, `OTTAWA — Finance Minister Irene Vance on Monday accused the opposition of "wrecking the recovery" and said the budget would pass "before the summer break."`, vance),
		want{text: "wrecking the recovery", speaker: "Irene Vance", how: ByExplicit, cue: "accused", partial: true},
		want{text: "before the summer break.", speaker: "Irene Vance", how: ByExplicit, cue: "said", partial: true})
}

func TestQuotesNameOfPlaceSpeaksAsThePerson(t *testing.T) {
	pratt := testEnt{name: "Hal Pratt", typ: "PERSON"}
	ohio := testEnt{name: "Ohio", typ: "GPE"}
	check(t, quotesOf(t, `Democratic Rep. Hal Pratt of Ohio called the ruling "a gift to polluters."`, pratt, ohio),
		want{text: "a gift to polluters.", speaker: "Hal Pratt", how: ByExplicit, cue: "called", partial: true})
}

func TestQuotesDescriptionAtOrganisationKeepsOrganisation(t *testing.T) {
	bank := testEnt{name: "Northbridge Capital", typ: "ORG"}
	check(t, quotesOf(t, `Analysts at Northbridge Capital said the slowdown could last "well into next year."`, bank),
		want{text: "well into next year.", speaker: "Northbridge Capital", how: ByExplicit, cue: "said", partial: true})
}

func TestQuotesCueInOwnClauseAfterPassage(t *testing.T) {
	union := testEnt{name: "Teachers Union", typ: "ORG"}
	mills := testEnt{name: "Gwen Mills", typ: "PERSON"}
	check(t, quotesOf(t, `The Teachers Union hailed the deal as "a historic win," while Education Secretary Gwen Mills said schools would get the money "within weeks."`, union, mills),
		want{text: "a historic win,", speaker: "Teachers Union", how: ByExplicit, cue: "hailed", partial: true},
		want{text: "within weeks.", speaker: "Gwen Mills", how: ByExplicit, cue: "said", partial: true})
}

func TestQuotesSecondTermOfNamingCue(t *testing.T) {
	cole := testEnt{name: "Ada Cole", typ: "PERSON", aliases: []string{"Cole"}}
	check(t, quotesOf(t, `Ada Cole chairs the panel. Cole called the minister's answer "evasive" and "frankly insulting."`, cole),
		want{text: "evasive", speaker: "Ada Cole", how: ByExplicit, cue: "called", partial: true},
		want{text: "frankly insulting.", speaker: "Ada Cole", how: ByExplicit, cue: "called", partial: true})
}

func TestQuotesParticipleAfterMainClause(t *testing.T) {
	frost := testEnt{name: "Olive Frost", typ: "PERSON"}
	check(t, quotesOf(t, `Deputy Premier Olive Frost quit on Friday, calling the housing plan "cruel and unworkable" in a letter to colleagues.`, frost),
		want{text: "cruel and unworkable", speaker: "Olive Frost", how: ByExplicit, cue: "calling", partial: true})
}

func TestQuotesParticipleAfterClauseWithoutSpeaker(t *testing.T) {
	check(t, quotesOf(t, `Fresh posters went up this week, spelling out the pitch: "Lower fares. Same trains."`),
		want{text: "Lower fares. Same trains.", how: ByNone})
}

func TestQuotesPronounInReportedClauseIsTheReporter(t *testing.T) {
	gale := testEnt{name: "Rex Gale", typ: "PERSON", aliases: []string{"Gale"}}
	text := `Rex Gale chairs the inquiry.

A senior aide, speaking on condition of anonymity, said the ministry would ignore what he called "a fishing expedition."`
	check(t, quotesOf(t, text, gale),
		want{text: "a fishing expedition.", how: ByNone, cue: "called", partial: true})
}

func TestQuotesPronounAfterNonReportingCueKeepsItsAntecedent(t *testing.T) {
	gale := testEnt{name: "Rex Gale", typ: "PERSON", gender: "male", aliases: []string{"Gale"}}
	check(t, quotesOf(t, `Rex Gale spoke last. The crowd cheered when he told them, "We will win this."`, gale),
		want{text: "We will win this.", speaker: "Rex Gale", how: ByPronoun, cue: "told", addressee: "them"})
}

func TestQuotesParticipleAfterSaidInAStatement(t *testing.T) {
	acme := testEnt{name: "Acme", typ: "ORG"}
	check(t, quotesOf(t, `Acme said in a statement it would appeal, calling the fine "grossly unfair."`, acme),
		want{text: "grossly unfair.", speaker: "Acme", how: ByExplicit, cue: "calling", venue: "a statement", partial: true})
}

func TestQuotesDefiniteDescriptionWithOtherModifiers(t *testing.T) {
	ode := testEnt{name: "Ian Ode", typ: "PERSON"}
	vela := testEnt{name: "Rosa Vela", typ: "PERSON"}
	text := `Former Prime Minister Ian Ode spoke first. The former prime minister said the talks were "a farce."

Prime Minister Rosa Vela replied on Friday. "We will not be lectured," the prime minister said.`
	check(t, quotesOf(t, text, ode, vela),
		want{text: "a farce.", speaker: "Ian Ode", how: ByDescription, cue: "said", partial: true},
		want{text: "We will not be lectured,", speaker: "Rosa Vela", how: ByDescription, cue: "said"})
}

func TestQuotesAppositionRoleStopsAtCue(t *testing.T) {
	kell := testEnt{name: "Ana Kell", typ: "PERSON"}
	roe := testEnt{name: "Ben Roe", typ: "PERSON"}
	text := `Ana Kell spoke at the rally. Her aide, Ben Roe, said the governor had been "misquoted." The governor said she was "not worried."`
	got := quotesOf(t, text, kell, roe)
	for _, q := range got {
		if q.Speaker != nil && *q.Speaker == "Ben Roe" && q.Text == "not worried." {
			t.Fatalf("the aide is not the governor: %+v", q)
		}
	}
}

func TestQuotesFirstOfTwoTitledNamesSpeaksFirst(t *testing.T) {
	ray := testEnt{name: "Lou Ray", typ: "PERSON"}
	vos := testEnt{name: "Ida Vos", typ: "PERSON"}
	check(t, quotesOf(t, `Senate Leader Lou Ray and House Speaker Ida Vos said in a joint statement that the veto was "an insult to voters."`, ray, vos),
		want{text: "an insult to voters.", speaker: "Lou Ray", how: ByExplicit, cue: "said", venue: "a joint statement", partial: true})
}

func TestQuotesRoleWordsThenNameInApposition(t *testing.T) {
	aird := testEnt{name: "Nell Aird", typ: "PERSON"}
	check(t, quotesOf(t, `The review's author, retired judge Nell Aird, wrote that the culture was "rotten to the core."`, aird),
		want{text: "rotten to the core.", speaker: "Nell Aird", how: ByExplicit, cue: "wrote", partial: true})
}

func TestQuotesNameAfterPrepositionInAppositionIsNotTheSpeaker(t *testing.T) {
	webb := testEnt{name: "Jim Webb", typ: "PERSON"}
	check(t, quotesOf(t, `Ms Dale, a lawyer for Jim Webb, said the charges were "absurd."`, webb),
		want{text: "absurd.", speaker: "Dale", how: ByTitle, cue: "said", partial: true})
}

func TestQuotesCourtRuling(t *testing.T) {
	check(t, quotesOf(t, `A federal court struck down the law on Monday, ruling that it was "plainly unconstitutional."`),
		want{text: "plainly unconstitutional.", how: ByNone, cue: "ruling", partial: true})
}

func TestQuotesOfficeOfNamedPerson(t *testing.T) {
	times := testEnt{name: "Daily Ledger", typ: "ORG", subtype: "outlet"}
	ross := testEnt{name: "Ella Ross", typ: "PERSON", aliases: []string{"Ross"}}
	text := `Mayor Ella Ross spoke to the Daily Ledger on Monday. According to Ross's office, the city has spent "well over budget" on snow removal.`
	check(t, quotesOf(t, text, times, ross),
		want{text: "well over budget", speaker: "Ella Ross", how: ByDescription, cue: "According to", partial: true})
}

func TestQuotesNameThatIsAlsoASkipWord(t *testing.T) {
	check(t, quotesOf(t, `Dana May, the former leader, said on Tuesday that the party had "lost its nerve." May told the BBC it was "time to regroup."`),
		want{text: "lost its nerve.", speaker: "Dana May", how: ByExplicit, cue: "said", partial: true},
		want{text: "time to regroup.", speaker: "Dana May", how: ByExplicit, cue: "told", addressee: "the BBC", partial: true})
}

func TestQuotesChainOfPlaceAndTimePhrases(t *testing.T) {
	warr := testEnt{name: "Nora Warr", typ: "PERSON", aliases: []string{"Warr"}}
	text := `Nora Warr leads the committee. Warr at a news conference in Denver on Thursday accused the board of "hiding the numbers."`
	check(t, quotesOf(t, text, warr),
		want{text: "hiding the numbers.", speaker: "Nora Warr", how: ByExplicit, cue: "accused", venue: "a news conference", partial: true})
}

func TestQuotesTimePhraseAfterApposition(t *testing.T) {
	lyle := testEnt{name: "Rita Lyle", typ: "PERSON"}
	check(t, quotesOf(t, `Sen. Rita Lyle, a Republican, on Tuesday described the hearings as "thorough" but said she had "real doubts."`, lyle),
		want{text: "thorough", speaker: "Rita Lyle", how: ByExplicit, cue: "described", partial: true},
		want{text: "real doubts.", speaker: "Rita Lyle", how: ByExplicit, cue: "said", partial: true})
}

func TestQuotesPhraseAfterCommaWithOwnSubject(t *testing.T) {
	china := testEnt{name: "Freedonia", typ: "GPE"}
	mins := testEnt{name: "Trade Ministry", typ: "ORG"}
	text := `Freedonia on Friday vowed to "hit back" after the new duties, with a Trade Ministry spokesman calling the move "plain bullying."`
	check(t, quotesOf(t, text, china, mins),
		want{text: "hit back", speaker: "Freedonia", how: ByExplicit, cue: "vowed", partial: true},
		want{text: "plain bullying.", speaker: "Trade Ministry", how: ByDescription, cue: "calling", partial: true})
}

func TestQuotesWeekdayAfterNounCueIsNoSpeaker(t *testing.T) {
	abel := testEnt{name: "Rosa Abel", typ: "PERSON"}
	check(t, quotesOf(t, `Gov. Rosa Abel called the rule "an attack on small farms" in a tweet Sunday night.`, abel),
		want{text: "an attack on small farms", speaker: "Rosa Abel", how: ByExplicit, cue: "called", partial: true})
}

func TestQuotesPlaceQualifyingASpeakerNounIsNoSpeaker(t *testing.T) {
	york := testEnt{name: "York", typ: "GPE"}
	kerr := testEnt{name: "Mairi Kerr", typ: "PERSON"}
	check(t, quotesOf(t, `"We never gave up," said the York coach, Mairi Kerr.`, york, kerr),
		want{text: "We never gave up,", speaker: "Mairi Kerr", how: ByExplicit, cue: "said"})
	got := quotesOf(t, `"We never gave up," said the York coach.`, york)
	require.Len(t, got, 1)
	assert.NotEqual(t, "York", got[0].Speaker)
	reuters := testEnt{name: "Reuters", typ: "ORG"}
	check(t, quotesOf(t, `"Talks have stalled," writes the Reuters.`, reuters),
		want{text: "Talks have stalled,", speaker: "Reuters", how: ByExplicit, cue: "writes"})
}
