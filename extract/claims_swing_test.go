package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClaimsSwingWithSign(t *testing.T) {
	text := "The Labour Party has controlled Leeds council since 2010. The swing against the government was 6.1 per cent, and there was a 4.5 per cent swing to the Green Party."
	lines := claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Labour Party|swing|change=-6.1|unit=percent")
	assert.Contains(t, lines, "Green Party|swing|change=+4.5|unit=percent")
}

func TestClaimsSwingNeedsPartyAndFigure(t *testing.T) {
	for _, text := range []string{
		// No governing party known.
		"The swing against the government was 6.1 per cent.",
		// No figure.
		"There was a double-digit swing to the Green Party.",
		// Not a party.
		"There was a 4.5 per cent swing to Acme Group shares.",
	} {
		for _, l := range claimLines(claimsOf(t, text)) {
			assert.NotContains(t, l, "|swing|", text)
		}
	}
}
