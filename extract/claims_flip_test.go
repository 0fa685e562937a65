package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClaimsFlippedDistrictsAreSeatsGained(t *testing.T) {
	lines := claimLines(claimsOf(t, "DENVER (AP) — Republicans took the Colorado Senate on Tuesday, flipping four Democratic-held districts."))
	assert.Contains(t, lines, "Republicans|seats|change=+4|unit=held districts")
	lines = claimLines(claimsOf(t, "The Greens flipped three districts in the capital."))
	assert.Contains(t, lines, "Greens|seats|change=+3|unit=districts")
}

func TestClaimsDatelineIsNotTheSubject(t *testing.T) {
	for _, l := range claimLines(claimsOf(t, "DENVER (AP) — Republicans took the Colorado Senate on Tuesday, flipping four Democratic-held districts.")) {
		assert.NotContains(t, l, "AP|", l)
	}
}
