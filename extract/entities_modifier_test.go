package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A lone word that also qualifies a noun after "the" is a brand that
// speaks, or a thing, not a person; a person with a full name keeps it.
func TestEntitiesModifierWordNoPerson(t *testing.T) {
	es := entitiesOf(t, "Police were called to the Speedway station on Main Road. Speedway said in a statement that it was cooperating.")
	o := find(es, "Speedway")
	require.NotNil(t, o, "%v", names(es))
	assert.Equal(t, TypeOrg, o.Type)
	es = entitiesOf(t, "Astronomers pointed the Webb telescope at the star. Webb saw a thick atmosphere.")
	assert.Nil(t, find(es, "Webb"), "%v", names(es))
	es = entitiesOf(t, "The $10 billion Webb telescope is a joint project. Webb saw a thick atmosphere.")
	assert.Nil(t, find(es, "Webb"), "%v", names(es))
	es = entitiesOf(t, "President Donald Trump spoke. The Trump administration said Trump would sign it.")
	p := find(es, "Donald Trump")
	require.NotNil(t, p, "%v", names(es))
	assert.Equal(t, TypePerson, p.Type)
}
