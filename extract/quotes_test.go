package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// testEnt describes an entity for a test: its canonical name, type, the
// other forms it is mentioned by, and what the entity finder would know.
type testEnt struct {
	name, typ, gender, subtype string
	aliases                    []string
}

// testEntities builds entities with a mention at every whole-word
// occurrence of each name or alias (longest forms first, no overlaps), the
// way a good entity finder would.
func testEntities(text string, es ...testEnt) []Entity {
	var out []Entity
	var taken []Span
	for i, e := range es {
		ent := Entity{ID: "e" + itoa(i+1), Name: e.name, Type: e.typ, Gender: e.gender, Subtype: e.subtype}
		for _, form := range append([]string{e.name}, e.aliases...) {
			for off := 0; ; {
				k := strings.Index(text[off:], form)
				if k < 0 {
					break
				}
				s := Span{Start: off + k, End: off + k + len(form)}
				off = s.End
				if overlapsAny(s, taken) || !wordBounded(text, s) {
					continue
				}
				taken = append(taken, s)
				ent.Mentions = append(ent.Mentions, Mention{Text: form, Span: s})
			}
		}
		out = append(out, ent)
	}
	return out
}

func overlapsAny(s Span, ss []Span) bool {
	for _, o := range ss {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

func wordBounded(text string, s Span) bool {
	before := runeBefore(text, s.Start, 0)
	after := runeAfter(text, s.End, len(text))
	return !isQuoteWordRune(before) && !isQuoteWordRune(after)
}

// quotesOf annotates text and finds its quotes with the given entities.
func quotesOf(t *testing.T, text string, es ...testEnt) []Quote {
	t.Helper()
	d, err := nlp.Annotate(context.Background(), text)
	require.NoError(t, err)
	qs := Quotes(d, testEntities(text, es...), DefaultLexicon())
	for _, q := range qs {
		require.Equal(t, q.Text, text[q.Start:q.End], "span invariant")
	}
	return qs
}

// want is the expected reading of one quote; speaker "" means nil.
type want struct {
	text, speaker, how, cue, addressee, venue string
	partial                                   bool
}

func check(t *testing.T, got []Quote, ws ...want) {
	t.Helper()
	require.Len(t, got, len(ws), "quotes: %+v", got)
	for i, w := range ws {
		q := got[i]
		assert.Equal(t, w.text, q.Text)
		if w.speaker == "" {
			assert.Nil(t, q.Speaker, "quote %q", q.Text)
		} else if assert.NotNil(t, q.Speaker, "quote %q", q.Text) {
			assert.Equal(t, w.speaker, *q.Speaker)
		}
		assert.Equal(t, w.how, q.Attribution, "attribution of %q", q.Text)
		if w.cue != "" {
			assert.Equal(t, w.cue, q.Cue)
			if assert.NotNil(t, q.CueSpan) {
				assert.Equal(t, w.cue, q.Cue)
			}
		}
		assert.Equal(t, w.addressee, q.Addressee, "addressee of %q", q.Text)
		assert.Equal(t, w.venue, q.Venue, "venue of %q", q.Text)
		assert.Equal(t, w.partial, q.Partial, "partial of %q", q.Text)
	}
}

var (
	harris   = testEnt{name: "Carolyn Harris", typ: "PERSON", gender: "female", aliases: []string{"Ms Harris", "Harris"}}
	harvey   = testEnt{name: "Charles Harvey", typ: "PERSON", aliases: []string{"Harvey"}}
	ferguson = testEnt{name: "Mark Ferguson", typ: "PERSON", aliases: []string{"Ferguson"}}
	starmer  = testEnt{name: "Keir Starmer", typ: "PERSON", gender: "male", aliases: []string{"Sir Keir"}}
	labour   = testEnt{name: "Labour", typ: "ORG", subtype: "party"}
)

func TestQuotesSpeakerBeforeColon(t *testing.T) {
	check(t, quotesOf(t, "Carolyn Harris said: “We won the seat.”", harris),
		want{text: "We won the seat.", speaker: "Carolyn Harris", how: ByExplicit, cue: "said"})
}

func TestQuotesSpeakerAfterQuote(t *testing.T) {
	check(t, quotesOf(t, "“We won,” Harris said.", harris),
		want{text: "We won,", speaker: "Carolyn Harris", how: ByExplicit, cue: "said"})
}

func TestQuotesInvertedCue(t *testing.T) {
	check(t, quotesOf(t, "“We won,” said Carolyn Harris, the MP for Swansea East.", harris),
		want{text: "We won,", speaker: "Carolyn Harris", how: ByExplicit, cue: "said"})
}

func TestQuotesPronoun(t *testing.T) {
	check(t, quotesOf(t, "Mark Ferguson arrived late. “We won,” he said.", ferguson),
		want{text: "We won,", speaker: "Mark Ferguson", how: ByPronoun, cue: "said"})
}

func TestQuotesTitle(t *testing.T) {
	check(t, quotesOf(t, "Carolyn Harris spoke first. “We won,” Ms Harris said.", harris),
		want{text: "We won,", speaker: "Carolyn Harris", how: ByTitle, cue: "said"})
}

func TestQuotesAddressee(t *testing.T) {
	check(t, quotesOf(t, "Charles Harvey told My London: “Lots of people voted.”", harvey),
		want{text: "Lots of people voted.", speaker: "Charles Harvey", how: ByExplicit, cue: "told", addressee: "My London"})
	check(t, quotesOf(t, "Conceding defeat, Charles Harvey told the BBC the result was “a perfect storm”.", harvey),
		want{text: "a perfect storm", speaker: "Charles Harvey", how: ByExplicit, cue: "told", addressee: "the BBC", partial: true})
}

func TestQuotesAccordingTo(t *testing.T) {
	kotak := testEnt{name: "Kotak Institutional Equities", typ: "ORG"}
	check(t, quotesOf(t, "“Sales fell in the quarter,” according to Kotak Institutional Equities.", kotak),
		want{text: "Sales fell in the quarter,", speaker: "Kotak Institutional Equities", how: ByExplicit, cue: "according to"})
}

func TestQuotesCueMidQuote(t *testing.T) {
	check(t, quotesOf(t, "Carolyn Harris spoke first. “We won,” she said, “and we will win again.”", harris),
		want{text: "We won,", speaker: "Carolyn Harris", how: ByPronoun, cue: "said"},
		want{text: "and we will win again.", speaker: "Carolyn Harris", how: ByPronoun, cue: "said", partial: true})
}

func TestQuotesCueInSentenceBefore(t *testing.T) {
	check(t, quotesOf(t, "Charles Harvey was asked about the plan. He put it this way:\n\n“We will build it.”", harvey),
		want{text: "We will build it.", speaker: "Charles Harvey", how: ByPronoun, cue: "put it"})
}

func TestQuotesVenue(t *testing.T) {
	check(t, quotesOf(t, "Mark Ferguson was elected. Hailing his victory on Twitter this morning he said: “We did it.”", ferguson),
		want{text: "We did it.", speaker: "Mark Ferguson", how: ByPronoun, cue: "said", venue: "Twitter"})
}

func TestQuotesOrganisationDescription(t *testing.T) {
	check(t, quotesOf(t, "Labour won Barnet. The party said the result showed “real progress”.", labour),
		want{text: "real progress", speaker: "Labour", how: ByDescription, cue: "said", partial: true})
}

func TestQuotesPronounGender(t *testing.T) {
	text := "Carolyn Harris said the result “cannot be underestimated”. It marks a “sea change” in Sir Keir’s bid, she added."
	check(t, quotesOf(t, text, harris, starmer),
		want{text: "cannot be underestimated", speaker: "Carolyn Harris", how: ByExplicit, cue: "said", partial: true},
		want{text: "sea change", speaker: "Carolyn Harris", how: ByPronoun, cue: "added", partial: true})
}

func TestQuotesPersonDescription(t *testing.T) {
	rose := testEnt{name: "Ella Rose", typ: "PERSON", aliases: []string{"Ms Rose"}}
	text := "Jewish campaigner Ella Rose was elected in Whetstone. The campaigner said: “It is a new start.”"
	check(t, quotesOf(t, text, rose),
		want{text: "It is a new start.", speaker: "Ella Rose", how: ByDescription, cue: "said"})
}

func TestQuotesContinuation(t *testing.T) {
	text := "Mark Ferguson said on Twitter: “The first part is hard to put into words.\n\n“Four years ago, I was shouted at. We are earning back trust.”"
	check(t, quotesOf(t, text, ferguson),
		want{text: "The first part is hard to put into words.", speaker: "Mark Ferguson", how: ByExplicit, cue: "said", venue: "Twitter"},
		want{text: "Four years ago, I was shouted at. We are earning back trust.", speaker: "Mark Ferguson", how: ByContinuation})
	text = "“The most important thing is we lost,” Ferguson said. “We were on the field too much.”"
	check(t, quotesOf(t, text, ferguson),
		want{text: "The most important thing is we lost,", speaker: "Mark Ferguson", how: ByExplicit, cue: "said"},
		want{text: "We were on the field too much.", speaker: "Mark Ferguson", how: ByContinuation})
}

func TestQuotesUnattributed(t *testing.T) {
	check(t, quotesOf(t, "“South Dakota: if we were any higher, we’d be North Dakota,” one user quipped."),
		want{text: "South Dakota: if we were any higher, we’d be North Dakota,", how: ByNone, cue: "quipped"})
	check(t, quotesOf(t, "“We won,” he said."),
		want{text: "We won,", how: ByNone, cue: "said"})
	check(t, quotesOf(t, "The sign read:\n\n“Keep off the grass.”"),
		want{text: "Keep off the grass.", how: ByNone})
}

func TestQuotesNameWithoutEntity(t *testing.T) {
	check(t, quotesOf(t, "“We did it,” Mr Velleman said."),
		want{text: "We did it,", speaker: "Velleman", how: ByTitle, cue: "said"})
	check(t, quotesOf(t, "Former agent Charles Harvey told reporters: “We went down.”"),
		want{text: "We went down.", speaker: "Charles Harvey", how: ByExplicit, cue: "told", addressee: "reporters"})
}

func TestQuotesTermsLeftOut(t *testing.T) {
	text := "The ‘partygate’ scandal came up only occasionally, he said, adding: “This is a warning shot.”"
	got := quotesOf(t, text, harvey)
	require.Len(t, got, 1)
	assert.Equal(t, "This is a warning shot.", got[0].Text)

	assert.Empty(t, quotesOf(t, "The former “Dawson’s Creek” star was voted off on Monday."))
	assert.Empty(t, quotesOf(t, "He never used the term “three amigos” in the hearing."))
	assert.Empty(t, quotesOf(t, "Volker ran what some saw as an “irregular” channel of policy."))
}

func TestQuotesPullQuote(t *testing.T) {
	hill := testEnt{name: "Fiona Hill", typ: "PERSON", gender: "female", aliases: []string{"Hill"}}
	text := "6. “The Gordon problem”\n\nMorrison said his predecessor, Fiona Hill, had dubbed the role “the Gordon problem.”"
	check(t, quotesOf(t, text, hill),
		want{text: "The Gordon problem", speaker: "Fiona Hill", how: ByContinuation},
		want{text: "the Gordon problem.", speaker: "Fiona Hill", how: ByExplicit, cue: "dubbed", partial: true})
}

func TestQuotesVoiceForOrganisation(t *testing.T) {
	fo := testEnt{name: "British Foreign Office", typ: "ORG"}
	check(t, quotesOf(t, "A spokesperson for the British Foreign Office reiterated that settlements “are illegal under international law”.", fo),
		want{text: "are illegal under international law", speaker: "British Foreign Office", how: ByExplicit, cue: "reiterated", partial: true})
	check(t, quotesOf(t, "“The market is pricing in a recovery,” said a report from Kotak Institutional Equities."),
		want{text: "The market is pricing in a recovery,", speaker: "Kotak Institutional Equities", how: ByExplicit, cue: "said"})
}

func TestQuotesOrganisationPronoun(t *testing.T) {
	bm := testEnt{name: "Big Machine", typ: "ORG"}
	text := "Big Machine have twice denied doing anything wrong.\n\n“At no point did we block her,” they said in a statement."
	check(t, quotesOf(t, text, bm),
		want{text: "At no point did we block her,", speaker: "Big Machine", how: ByPronoun, cue: "said", venue: "a statement"})
}

func TestQuotesCoordinatedCue(t *testing.T) {
	liu := testEnt{name: "Liu Xiaming", typ: "PERSON", aliases: []string{"Liu"}}
	text := "China’s ambassador to Britain Liu Xiaming spoke on Monday.\n\nChina’s ambassador to Britain accused the UK of meddling and warned that Beijing “will not sit on our hands”."
	check(t, quotesOf(t, text, liu),
		want{text: "will not sit on our hands", speaker: "Liu Xiaming", how: ByDescription, cue: "warned", partial: true})
}

func TestQuotesIndefiniteDescriptionRemembered(t *testing.T) {
	andrew := testEnt{name: "Andrew", typ: "PERSON", gender: "male", aliases: []string{"Prince Andrew"}}
	text := "Prince Andrew gave an interview.\n\n“He is not immune,” said one legal expert. “He could be extradited,” the expert warned."
	check(t, quotesOf(t, text, andrew),
		want{text: "He is not immune,", how: ByNone, cue: "said"},
		want{text: "He could be extradited,", how: ByNone, cue: "warned"})
}

func TestQuotesNestedAndGuillemets(t *testing.T) {
	volker := testEnt{name: "Kurt Volker", typ: "PERSON", aliases: []string{"Volker"}}
	check(t, quotesOf(t, "“I never used the term ‘three amigos’ at all,” Volker said.", volker),
		want{text: "I never used the term ‘three amigos’ at all,", speaker: "Kurt Volker", how: ByExplicit, cue: "said"})
	check(t, quotesOf(t, "Volker said: «We should be supporting Ukraine.»", volker),
		want{text: "We should be supporting Ukraine.", speaker: "Kurt Volker", how: ByExplicit, cue: "said"})
}
