package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCodeWordShapes(t *testing.T) {
	for _, w := range []string{"CDNs", "LEDs", "AMAs"} {
		assert.True(t, pluralAcronym(w), w)
	}
	for _, w := range []string{"US", "Mrs", "Is", "Lexus"} {
		assert.False(t, pluralAcronym(w), w)
	}
	for _, w := range []string{"Node.js", "OS.File", "Qt4", "LUT/FF", "Keepass(XC"} {
		assert.True(t, codeSpelling(w), w)
	}
	for _, w := range []string{"U.S.", "N.M.", "Dayton", "St.", "Ph.D"} {
		assert.False(t, codeSpelling(w), w)
	}
	for _, w := range []string{"TypeError", "HomeKit", "MinnesotaCare"} {
		assert.True(t, innerCapital(w), w)
	}
	for _, w := range []string{"McAllen", "DeKalb", "LeBron", "Dayton", "MacKenzie"} {
		assert.False(t, innerCapital(w), w)
	}
}

// Lone words spelled like code are no people or places; citation marks
// glued to a name are cut off.
func TestEntitiesCodeWordsDropped(t *testing.T) {
	es := entitiesOf(t, "The handler in OS.File throws a TypeError when the servers in CDNs fail.")
	for _, n := range []string{"OS.File", "TypeError", "CDNs"} {
		assert.Nil(t, find(es, n), "%s: %v", n, names(es))
	}
	es = entitiesOf(t, "The ship reached Auckland.[141] Later it sailed on.")
	assert.NotNil(t, find(es, "Auckland"), "%v", names(es))
}
