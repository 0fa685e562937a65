package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A programming language after "wrote in" is neither an outlet nor a place.
func TestEntitiesProgrammingLanguageNoOutlet(t *testing.T) {
	es := entitiesOf(t, "The developer wrote in Rust that the bug was fixed.")
	assert.Nil(t, find(es, "Rust"), "%v", names(es))
	es = entitiesOf(t, "She wrote in Prospect that it was over.")
	assert.NotNil(t, find(es, "Prospect"), "%v", names(es))
}

// A name opened by a preposition is no person's: after "told" it is an
// outlet.
func TestEntitiesPrepositionNameIsOutlet(t *testing.T) {
	es := entitiesOf(t, "Jane Smith told Inside Housing that rents rose.")
	e := find(es, "Inside Housing")
	require.NotNil(t, e, "%v", names(es))
	assert.Equal(t, TypeOrg, e.Type)
}

// "and" does not join a chamber to a title, nor two newspapers.
func TestEntitiesAndSplitsTitlesAndPapers(t *testing.T) {
	es := entitiesOf(t, "The bill passed the House of Lords and MPs will vote next week.")
	assert.NotNil(t, find(es, "House of Lords"), "%v", names(es))
	es = entitiesOf(t, "The Miami Herald and Kansas City Star reported it.")
	assert.NotNil(t, find(es, "Miami Herald"), "%v", names(es))
	assert.NotNil(t, find(es, "Kansas City Star"), "%v", names(es))
	es = entitiesOf(t, "The Department of Health and Social Care agreed.")
	assert.NotNil(t, find(es, "Department of Health and Social Care"), "%v", names(es))
}

// A romanised hyphenated given name before a place word is a person's
// name ("Ji-woo Park"), while "Hyde Park" stays a place.
func TestEntitiesHyphenGivenBeforePlaceWord(t *testing.T) {
	es := entitiesOf(t, "said her co-author, Ji-woo Park of the space agency. They met in Hyde Park.")
	p := find(es, "Ji-woo Park")
	require.NotNil(t, p, "%v", names(es))
	assert.Equal(t, TypePerson, p.Type)
	h := find(es, "Hyde Park")
	require.NotNil(t, h, "%v", names(es))
	assert.Equal(t, TypeLoc, h.Type)
}
