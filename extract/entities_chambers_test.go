package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A bare chamber word joins the one fuller name of its chamber.
func TestEntitiesBareChamberJoinsFullName(t *testing.T) {
	cases := []struct{ text, name, bare string }{
		{"The Australian Senate voted on the bill. The Senate then adjourned.", "Australian Senate", "Senate"},
		{"MPs in the House of Commons backed the bill. The Commons then rose for the summer.", "House of Commons", "Commons"},
		{"The House of Representatives voted to impeach him. Democrats in the House said the vote was fair.", "House of Representatives", "House"},
	}
	for _, c := range cases {
		es := entitiesOf(t, c.text)
		e := find(es, c.name)
		require.NotNil(t, e, "%q: %v", c.text, names(es))
		assert.Equal(t, TypeOrg, e.Type, c.text)
		assert.Contains(t, mentionTexts(e), c.bare, c.text)
		assert.Nil(t, find(es, c.bare), "%q: %v", c.text, names(es))
	}
}

// "the House" is an organisation only in an article about a legislature,
// and stays apart from "White House" and from two chambers it could
// shorten.
func TestEntitiesBareChamberNeedsLegislature(t *testing.T) {
	es := entitiesOf(t, "Lawmakers in the House voted on the measure.")
	if e := find(es, "House"); assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, TypeOrg, e.Type)
	}
	es = entitiesOf(t, "The White House said lawmakers in the House would vote.")
	if e := find(es, "White House"); assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, []string{"White House"}, mentionTexts(e))
	}
	assert.NotNil(t, find(es, "House"), "%v", names(es))
	es = entitiesOf(t, "Peers sat in the House of Lords. MPs sat in the House of Commons. The House rose at ten.")
	assert.NotNil(t, find(es, "House"), "%v", names(es))
	assert.Nil(t, find(entitiesOf(t, "He sold the House to a developer on Friday."), "House"))
	es = entitiesOf(t, "The chancellor told the Commons that taxes would rise, and MPs cheered.")
	if e := find(es, "Commons"); assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, "public_body", e.Subtype)
	}
}

// A chamber word that names nothing alone ("Assembly") is the chamber after
// "the" in an article about a legislature, wherever the sentence stands.
func TestEntitiesBareAssembly(t *testing.T) {
	es := entitiesOf(t, "The government announced a waiver on Tuesday. The minister told the Assembly that farmers would benefit. She spoke to reporters outside the legislature.")
	e := find(es, "Assembly")
	require.NotNil(t, e, "%v", names(es))
	assert.Equal(t, TypeOrg, e.Type)
	es = entitiesOf(t, "The choir sang at the Assembly that evening.")
	assert.Nil(t, find(es, "Assembly"), "%v", names(es))
}
