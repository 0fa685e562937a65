package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClaimsControlInPartyHands(t *testing.T) {
	text := "Republicans lost ground. The Republicans said the Wisconsin State Assembly, which was redrawn in 2022, remains firmly in Republican hands."
	lines := claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Republicans|control|object=Wisconsin State Assembly")
	text = "The Labour Party gained seats. Barnet council fell into Labour hands for the first time."
	lines = claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Labour Party|control|object=Barnet council")
}

func TestClaimsHandsNeedAParty(t *testing.T) {
	for _, text := range []string{
		"The port remains in Chinese hands, the Ministry of Transport said.",
		"The decision is in your hands, the Labour Party said.",
	} {
		for _, l := range claimLines(claimsOf(t, text)) {
			assert.NotContains(t, l, "|control|", text)
		}
	}
}
