package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Two lone words joined by "and" after a place preposition are both places
// when the recogniser calls the first one a place.
func TestEntitiesPlacesAfterPreposition(t *testing.T) {
	es := entitiesOf(t, "Over 2,400 farmers have died in Vidarbha and Marathwada since 2022.")
	for _, n := range []string{"Vidarbha", "Marathwada"} {
		e := find(es, n)
		require.NotNil(t, e, "%s: %v", n, names(es))
		assert.Equal(t, TypeGPE, e.Type, n)
	}
}

// A lone name between "the" and "seat" is a constituency, a place.
func TestEntitiesSeatIsPlace(t *testing.T) {
	es := entitiesOf(t, "In the Amravati seat, the candidate won by 400 votes.")
	e := find(es, "Amravati")
	require.NotNil(t, e, "%v", names(es))
	assert.Equal(t, TypeGPE, e.Type)
}
