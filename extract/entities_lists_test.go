package extract

import (
	"bufio"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Every phrase of the organisation and place lists is known as it is
// written there: a name listed in two spellings ("NVIDIA", "Nvidia") must
// not hide one behind the other's acronym check.
func TestEntityListsKnownAsWritten(t *testing.T) {
	x := newEntityLex(DefaultLexicon())
	for _, name := range []string{"companies", "outlets", "platforms", "public_bodies", "parties", "places"} {
		f, err := dataFS.Open("data/" + name + ".txt")
		if !assert.NoError(t, err) {
			continue
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			phrase, _, _ := strings.Cut(line, "=")
			phrase = strings.Join(strings.Fields(phrase), " ")
			_, _, _, ok := x.known(phrase)
			assert.True(t, ok, "%s: %q", name, phrase)
		}
		f.Close()
	}
}
