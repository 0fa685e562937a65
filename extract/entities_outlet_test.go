package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// None of the outlets below is on the outlets list: the words around each
// name keep it whole and make it an organisation.
func TestEntitiesOutletCueKeepsNameWhole(t *testing.T) {
	cases := []struct{ text, name, subtype string }{
		{"The council said the vote was lost, Harbour Watch reported.", "Harbour Watch", "outlet"},
		{"“It is over,” reported Harbour Watch.", "Harbour Watch", "outlet"},
		{"Ann Cole told Camden Voice: “We will appeal.”", "Camden Voice", "outlet"},
		{"A spokesperson told Camden Voice that the plan was dead.", "Camden Voice", "outlet"},
		{"Writing in Prospect Online, the minister defended the plan.", "Prospect Online", "outlet"},
		{"Speaking to Kent Live on Monday, she said no.", "Kent Live", "outlet"},
		{"In a statement to Derby Evening Bugle, the firm denied it.", "Derby Evening Bugle", "outlet"},
		{"Harbour Watch understands the deal is close.", "Harbour Watch", "outlet"},
		{"Harbour Watch has contacted the council for comment.", "Harbour Watch", "outlet"},
		{"Harbour Watch revealed that the plan had failed.", "Harbour Watch", ""},
		{"“We lost,” the mayor said, Harbour Watch reported on Monday.", "Harbour Watch", "outlet"},
		{"Acme Widgets reported on Thursday that revenue rose.", "Acme Widgets", ""},
		{"Sam Ray, Harbour Watch’s political editor, said so.", "Harbour Watch", "outlet"},
		{"She told the Argus that it was over.", "Argus", "outlet"},
		{"The mayor said in an interview with Leeds Live that he would stay.", "Leeds Live", "outlet"},
		{"According to Leeds Live, the council agreed.", "Leeds Live", ""},
		{"Earlier, Johnston told Harbour Watch the band would tour.", "Harbour Watch", "outlet"},
		{"The minister told Bay City Ledger on Tuesday that the ferry would run.", "Bay City Ledger", "outlet"},
		{"“We are staying,” the manager told Northern Echo Sport.", "Northern Echo Sport", "outlet"},
		{"A spokesman told Newsround: “It was an accident.”", "Newsround", "outlet"},
	}
	for _, c := range cases {
		es := entitiesOf(t, c.text)
		e := find(es, c.name)
		if assert.NotNil(t, e, "%q: %v", c.text, names(es)) {
			assert.Equal(t, TypeOrg, e.Type, c.text)
			assert.Equal(t, c.subtype, e.Subtype, c.text)
		}
	}
}

// Once a cue shows a name is an outlet, its other mentions follow.
func TestEntitiesOutletCueCarriesToOtherMentions(t *testing.T) {
	es := entitiesOf(t, "The story first ran in Harbour Watch on Friday. Harbour Watch reported that the mayor would quit.")
	e := find(es, "Harbour Watch")
	require.NotNil(t, e, "%v", names(es))
	assert.Equal(t, TypeOrg, e.Type)
	assert.Len(t, e.Mentions, 2)
}

// A cue where a person could stand as well ("told X", "according to X")
// types nothing as an outlet that looks like a person's name, and no cue
// makes an outlet of a company's results, a month or a bare institution.
func TestEntitiesOutletCueSparesPeople(t *testing.T) {
	cases := []struct{ text, name, typ string }{
		{"She told Tom Ellis that he was wrong.", "Tom Ellis", TypePerson},
		{"Tom Ellis spoke first. Later she told Ellis that he was wrong.", "Tom Ellis", TypePerson},
		{"According to Kwame Mensah, the talks failed.", "Kwame Mensah", TypePerson},
		{"Nkem Bell reported seeing smoke.", "Nkem Bell", TypePerson},
		{"The story was written by Mary Tan in Beijing. Tan of the Courier reports that the plague spread.", "Mary Tan", TypePerson},
		{"She told Barnet Labour leader Anne Hutton that it was over.", "Labour", TypeOrg},
		{"He told Harriet: “I am sorry.”", "Harriet", TypePerson},
		{"Writing in the Lake District, she said so.", "Lake District", TypeGPE},
	}
	for _, c := range cases {
		es := entitiesOf(t, c.text)
		e := find(es, c.name)
		if assert.NotNil(t, e, "%q: %v", c.text, names(es)) {
			assert.Equal(t, c.typ, e.Type, c.text)
			assert.NotEqual(t, "outlet", e.Subtype, c.text)
		}
	}
	for _, text := range []string{
		"Acme Widgets reported a loss of £3m.",
		"Writing in March, the minister said so.",
		"The engine is written in C++ and runs fast.",
		"He told the Court that he was innocent.",
		"She told the Prime Minister that it was over.",
		"The chancellor told the Commons that taxes would rise, and MPs cheered.",
		"The witness told the Inquiry that the fire spread fast; the inquiry sat late.",
	} {
		for _, e := range entitiesOf(t, text) {
			assert.NotEqual(t, "outlet", e.Subtype, "%q: %s", text, e.Name)
		}
	}
}

// The cues are a word list, so a rules file can add one.
func TestEntitiesOutletCueFromRules(t *testing.T) {
	text := "She chatted with Harbour Watch about the plan."
	d, err := nlp.Annotate(context.Background(), text)
	require.NoError(t, err)
	assert.Nil(t, find(Entities(d, DefaultLexicon()), "Harbour Watch"))
	lex := DefaultLexicon().Clone()
	lex.Add("outlet_cues", "chatted with", "before weak")
	e := find(Entities(d, lex), "Harbour Watch")
	if assert.NotNil(t, e) {
		assert.Equal(t, "outlet", e.Subtype)
	}
}

// "according to X data" names X, the body that compiled the data; a person
// stays a person.
func TestEntitiesAccordingToSourceData(t *testing.T) {
	es := entitiesOf(t, "Revenue rose 12%, beating the average estimate, according to LSEG data. Sales rose, according to Jane Smith data.")
	o := find(es, "LSEG")
	if assert.NotNil(t, o, "%v", names(es)) {
		assert.Equal(t, TypeOrg, o.Type)
	}
	p := find(es, "Jane Smith")
	if assert.NotNil(t, p, "%v", names(es)) {
		assert.Equal(t, TypePerson, p.Type)
	}
}
