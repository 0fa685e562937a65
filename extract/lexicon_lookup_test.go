package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// lookupLower must find exactly what a lookup of the lower-cased phrase
// finds, for ASCII, non-ASCII and over-long phrases.
func TestLookupLowerAsToLower(t *testing.T) {
	long := strings.Repeat("Ab", 40)
	m := map[string]string{"the bbc": "ORG", "zürich": "GPE", "i̇stanbul": "GPE", strings.ToLower(long): "long", "": "empty"}
	for _, p := range []string{"The BBC", "the bbc", "THE BBC ", "Zürich", "ZÜRICH", "İstanbul", "istanbul", long, long + "x", "", "@"} {
		want, wantOK := m[strings.ToLower(p)]
		got, ok := lookupLower(m, p)
		assert.Equal(t, wantOK, ok, "%q", p)
		assert.Equal(t, want, got, "%q", p)
	}
}
