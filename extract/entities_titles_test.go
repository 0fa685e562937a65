package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A title before a name followed by "of" an organisation gives the person
// and the organisation, not one organisation name.
func TestEntitiesTitledNameOfOrg(t *testing.T) {
	es := entitiesOf(t, "Leader of the Opposition Maria Lopez of the Green Party dismissed the plan. Ms Lopez said it was late.")
	p := find(es, "Maria Lopez")
	require.NotNil(t, p, "%v", names(es))
	assert.Equal(t, TypePerson, p.Type)
	o := find(es, "Green Party")
	require.NotNil(t, o, "%v", names(es))
	assert.Equal(t, TypeOrg, o.Type)
	es = entitiesOf(t, "Chief Financial Officer Tom Reed said sales rose.")
	assert.NotNil(t, find(es, "Tom Reed"), "%v", names(es))
	assert.Nil(t, find(es, "Financial"), "%v", names(es))
}

// "Patrol" ends an organisation's name like "Police" does.
func TestEntitiesPatrolIsOrg(t *testing.T) {
	es := entitiesOf(t, "A Nevada Highway Patrol trooper stopped the car.")
	o := find(es, "Nevada Highway Patrol")
	require.NotNil(t, o, "%v", names(es))
	assert.Equal(t, TypeOrg, o.Type)
}

// A currency abbreviation before an amount is a unit, not a place.
func TestEntitiesCurrencyBeforeAmount(t *testing.T) {
	es := entitiesOf(t, "Farmers with loans of up to Rs 2 lakh will benefit, and others paid Rs. 500.")
	assert.Nil(t, find(es, "Rs"), "%v", names(es))
	assert.Nil(t, find(es, "Rs."), "%v", names(es))
}

// "and" joins the topics of an "X Institute of A and B" name, but not a
// listed place to the next name.
func TestEntitiesHeadOfTopicsJoin(t *testing.T) {
	es := entitiesOf(t, "She teaches at the Gokhale Institute of Politics and Economics in Pune.")
	o := find(es, "Gokhale Institute of Politics and Economics")
	require.NotNil(t, o, "%v", names(es))
	assert.Equal(t, TypeOrg, o.Type)
	es = entitiesOf(t, "The Bank of England and Smithson agreed.")
	assert.NotNil(t, find(es, "Bank of England"), "%v", names(es))
}
