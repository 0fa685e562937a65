package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// "both of X" after named people, and "in east X", make X a place, apart
// from the police department X names.
func TestEntitiesResidenceBothOfAndArea(t *testing.T) {
	es := entitiesOf(t, "Marcus Dillard, 22, and Tyrone Hale, 19, both of Dayton, were booked. Police in east Dayton said. The Dayton Police Department agreed.")
	p := find(es, "Dayton")
	require.NotNil(t, p, "%v", names(es))
	assert.Equal(t, TypeGPE, p.Type)
	assert.Len(t, p.Mentions, 2)
	assert.NotNil(t, find(es, "Dayton Police Department"), "%v", names(es))
}

// A numbered road is a place; a plain label with a number is not.
func TestEntitiesNumberedRoad(t *testing.T) {
	es := entitiesOf(t, "A trooper stopped the car on Interstate 75 near the exit. The team is in Group 5.")
	r := find(es, "Interstate 75")
	require.NotNil(t, r, "%v", names(es))
	assert.Equal(t, TypeLoc, r.Type)
	assert.Nil(t, find(es, "Group 5"), "%v", names(es))
}
