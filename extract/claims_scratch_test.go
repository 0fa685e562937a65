package extract

import (
	"os"
	"strings"
	"testing"
)

func TestScratchClaims(t *testing.T) {
	b, err := os.ReadFile("/tmp/cl/sents.txt")
	if err != nil {
		t.Skip()
	}
	for _, s := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		t.Logf("%s\n   => %q", s, claimLines(claimsOf(t, s)))
	}
}
