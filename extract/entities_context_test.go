package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEntitiesOrgNounBeforeName(t *testing.T) {
	es := entitiesOf(t, "Prosecutors looked at the mining company Velmora Holt in March. "+
		"The results appear in the journal Annals of the Northern Geological Society this week.")
	v := find(es, "Velmora Holt")
	require.NotNil(t, v, "%v", names(es))
	assert.Equal(t, TypeOrg, v.Type)
	assert.Equal(t, "company", v.Subtype)
	j := find(es, "Annals of the Northern Geological Society")
	require.NotNil(t, j, "%v", names(es))
	assert.Equal(t, TypeOrg, j.Type)
}

func TestEntitiesOrgNounKeepsRelativeClausePerson(t *testing.T) {
	es := entitiesOf(t, "He joined the company John Smith founded in 2001.")
	p := find(es, "John Smith")
	require.NotNil(t, p, "%v", names(es))
	assert.Equal(t, TypePerson, p.Type)
}

func TestEntitiesWorkNounBeforeName(t *testing.T) {
	es := entitiesOf(t, "The agency is building a probe called Tarvo Lander for 2030. "+
		"Tarvo will land near the pole. The stock benchmark Brisco Index fell, "+
		"said Ann Miller.")
	assert.Nil(t, find(es, "Tarvo Lander"), "%v", names(es))
	assert.Nil(t, find(es, "Tarvo"), "%v", names(es))
	assert.Nil(t, find(es, "Brisco Index"), "%v", names(es))
	assert.NotNil(t, find(es, "Ann Miller"), "%v", names(es))
}

func TestEntitiesWorkNounAfterName(t *testing.T) {
	es := entitiesOf(t, "She loved the Dusk Marrowind series. Everyone loves a Margaret Lowry novel.")
	require.Len(t, es, 1, "%v", names(es))
	assert.Equal(t, "Margaret Lowry", es[0].Name)
	assert.Empty(t, entitiesOf(t, "Fans of the Velvet Harrowgate series cheered."))
}

func TestEntitiesNicknameFromMiddleName(t *testing.T) {
	es := entitiesOf(t, "John M. Dorrel wrote ten novels. Friends called him Mike. "+
		"“Mike Dorrel was kind,” said Ann Miller. Mike laughed a lot.")
	j := find(es, "John M. Dorrel")
	require.NotNil(t, j, "%v", names(es))
	assert.Contains(t, mentionTexts(j), "Mike Dorrel")
	assert.Nil(t, find(es, "Mike Dorrel"), "%v", names(es))
}

func TestEntitiesSiblingsStayApart(t *testing.T) {
	es := entitiesOf(t, "Kim Kardashian and Kourtney Kardashian spoke. Later Kim Kardashian left.")
	assert.NotNil(t, find(es, "Kim Kardashian"), "%v", names(es))
	assert.NotNil(t, find(es, "Kourtney Kardashian"), "%v", names(es))
}

func TestEntitiesMiddleInitialOfOtherPerson(t *testing.T) {
	// Different given names and no middle name that gives the other: two people.
	es := entitiesOf(t, "Mary Ann Dorrel met Mike Dorrel in Leeds.")
	assert.NotNil(t, find(es, "Mary Ann Dorrel"), "%v", names(es))
	assert.NotNil(t, find(es, "Mike Dorrel"), "%v", names(es))
}

func TestEntitiesPenNameIsOnePerson(t *testing.T) {
	es := entitiesOf(t, "He befriended Harold Brisket (better known as Peter Quill), who said little. "+
		"Later Peter Quill wrote to him.")
	h := find(es, "Harold Brisket")
	require.NotNil(t, h, "%v", names(es))
	assert.Contains(t, mentionTexts(h), "Peter Quill")
	assert.Nil(t, find(es, "Peter Quill"), "%v", names(es))
}

func TestEntitiesTeamsAfterThe(t *testing.T) {
	es := entitiesOf(t, "Ann Miller said the Harvesters lost to the Quillbacks again. Harvesters fans were angry.")
	for _, n := range []string{"Harvesters", "Quillbacks"} {
		e := find(es, n)
		require.NotNil(t, e, "%s in %v", n, names(es))
		assert.Equal(t, TypeOrg, e.Type, n)
	}
	assert.Len(t, find(es, "Harvesters").Mentions, 2)
}

func TestEntitiesFamiliesAndTitlesAreNotTeams(t *testing.T) {
	es := entitiesOf(t, "Greg Dorrel met the Dorrels and read The Keepers of Night.")
	assert.Nil(t, find(es, "Dorrels"), "%v", names(es))
	assert.Nil(t, find(es, "Keepers"), "%v", names(es))
	es = entitiesOf(t, "She danced on “Strictly with the Rovers.”")
	assert.Nil(t, find(es, "Rovers"), "%v", names(es))
}

func TestEntitiesGivenNameAfterTheIsNotPerson(t *testing.T) {
	es := entitiesOf(t, "He wrote a riff on the Name of the Rose. Ann Miller loved it.")
	assert.Nil(t, find(es, "Rose"), "%v", names(es))
}

func TestEntitiesCreditLabels(t *testing.T) {
	es := entitiesOf(t, "STAFF\n\nDirector_Park Min Woo, Costume Design_Lee Ho Jun, Make-up_Kim Sang Hee")
	for _, e := range es {
		assert.NotContains(t, []string{"Costume Design", "Make-up", "Director"}, e.Name, "%v", names(es))
	}
}

func TestEntitiesListOfWorks(t *testing.T) {
	es := entitiesOf(t, "The service offers popular franchises such as Gloom Harbour, Red Fallow Ridge and Destiny, said Ann Miller.")
	require.Len(t, es, 1, "%v", names(es))
	assert.Equal(t, "Ann Miller", es[0].Name)
	es = entitiesOf(t, "Stars such as Ann Miller and Greg Dorrel came.")
	assert.NotNil(t, find(es, "Greg Dorrel"), "%v", names(es))
}

func TestEntitiesArticleAndAdjectiveBeforeName(t *testing.T) {
	es := entitiesOf(t, "The maker will offer the car in thirteen finishes, including a new Quasar Teal which is "+
		"exclusive to the coupe. A launch edition comes in Quasar Teal.")
	assert.Empty(t, es, "%v", names(es))
	es = entitiesOf(t, "They sell a shiny Velvet Monarch that sells well.")
	assert.Empty(t, es, "%v", names(es))
}

func TestEntitiesCreditRoles(t *testing.T) {
	es := entitiesOf(t, "STAFF\n\nChoreographer_Seo Hye Rin, Writer_Kyeong Min Seon, Prop Design_Kim Sang Hee")
	for _, n := range []string{"Seo Hye Rin", "Kyeong Min Seon"} {
		e := find(es, n)
		require.NotNil(t, e, "%s in %v", n, names(es))
		assert.Equal(t, TypePerson, e.Type, n)
	}
	es = entitiesOf(t, "Cast and crew\n\nDirector: Tove Marrak\n\nComposer: Ilse Varnholt")
	for _, n := range []string{"Tove Marrak", "Ilse Varnholt"} {
		e := find(es, n)
		require.NotNil(t, e, "%s in %v", n, names(es))
		assert.Equal(t, TypePerson, e.Type, n)
	}
}

func TestEntitiesDifferentMiddleNames(t *testing.T) {
	es := entitiesOf(t, "Director Jeong Hye Jin met producer Jeong Jae Jin.")
	assert.Equal(t, []string{"PERSON:Jeong Hye Jin", "PERSON:Jeong Jae Jin"}, names(es))
	es = entitiesOf(t, "Ann Miller worked with John M. Dorrel. John Milo Dorrel said so.")
	d := find(es, "John M. Dorrel")
	require.NotNil(t, d, "%v", names(es))
	assert.Len(t, d.Mentions, 2)
}

func TestEntitiesCompanyWordThatIsASurname(t *testing.T) {
	es := entitiesOf(t, "The novelist Harold Ford was born in Ohio. Ford wrote ten books.")
	require.Nil(t, find(es, "Ford"), "%v", names(es))
	h := find(es, "Harold Ford")
	require.NotNil(t, h, "%v", names(es))
	assert.Len(t, h.Mentions, 2)
	es = entitiesOf(t, "Ford sold more trucks this year, Ann Miller said.")
	f := find(es, "Ford")
	require.NotNil(t, f, "%v", names(es))
	assert.Equal(t, TypeOrg, f.Type)
}

func TestEntitiesAngleBracketTitles(t *testing.T) {
	es := entitiesOf(t, "Ann Miller came to watch <The Palace: Tale of Hong Gildong> with friends.")
	assert.Equal(t, []string{"PERSON:Ann Miller"}, names(es))
	es = entitiesOf(t, "If a < b then Hong Gildong wins and c > d.")
	assert.NotNil(t, find(es, "Hong Gildong"), "%v", names(es))
}

// A name set off by commas right after an organisation noun renames it.
func TestEntitiesApposedOrgNoun(t *testing.T) {
	es := entitiesOf(t, "Protesters from a campaign group, Fife Against Cuts, held a vigil. His friend, John Smith, came.")
	o := find(es, "Fife Against Cuts")
	if assert.NotNil(t, o, "%v", names(es)) {
		assert.Equal(t, TypeOrg, o.Type)
	}
	p := find(es, "John Smith")
	if assert.NotNil(t, p, "%v", names(es)) {
		assert.Equal(t, TypePerson, p.Type)
	}
}
