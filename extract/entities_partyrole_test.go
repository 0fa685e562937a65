package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A party adjective before the political job of a named person names the
// party; before a plural job or another noun it names none.
func TestEntitiesPartyBeforeRole(t *testing.T) {
	es := entitiesOf(t, "Yesterday Conservative councillor Alastair Grant objected to the cuts.")
	o := find(es, "Conservative")
	require.NotNil(t, o, "%v", names(es))
	assert.Equal(t, TypeOrg, o.Type)
	assert.NotNil(t, find(es, "Alastair Grant"), "%v", names(es))
	es = entitiesOf(t, "Two Democratic politicians wrote to him. Conservative views prevailed.")
	assert.Nil(t, find(es, "Democratic"), "%v", names(es))
	assert.Nil(t, find(es, "Conservative"), "%v", names(es))
}

// "Authorities" ends an organisation's name like "Authority".
func TestEntitiesAuthoritiesIsOrg(t *testing.T) {
	es := entitiesOf(t, "The Convention of Scottish Local Authorities warned that councils face cuts.")
	e := find(es, "Scottish Local Authorities")
	require.NotNil(t, e, "%v", names(es))
	assert.Equal(t, TypeOrg, e.Type)
}
