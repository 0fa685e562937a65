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
