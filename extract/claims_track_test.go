package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClaimsProjectedSeats(t *testing.T) {
	lines := claimLines(claimsOf(t, "With most votes counted, the Green Party is on course for 14 seats, the commission said."))
	assert.Contains(t, lines, "Green Party|seats|value=14")
	lines = claimLines(claimsOf(t, "Counting went on. The Nationals were heading for six seats."))
	assert.Contains(t, lines, "Nationals|seats|value=6")
	lines = claimLines(claimsOf(t, "The Labour Party is on track for 40 seats."))
	assert.Contains(t, lines, "Labour Party|seats|value=40")
}

func TestClaimsProjectionNeedsMetricAndPhrase(t *testing.T) {
	for _, text := range []string{
		"The Labour Party is on track for 40 years of rule.",
		"The Labour Party voted for 40 seats to be redrawn.",
	} {
		for _, l := range claimLines(claimsOf(t, text)) {
			assert.NotContains(t, l, "seats|value=40", text)
			assert.NotContains(t, l, "|years", text)
		}
	}
}
