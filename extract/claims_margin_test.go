package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClaimsWinningMargin(t *testing.T) {
	lines := claimLines(claimsOf(t, "In the 12th District, Democrat Alma Reyes beat the Republican incumbent, Tom Hale, by 806 votes."))
	assert.Contains(t, lines, "Alma Reyes|margin|value=806|unit=votes")
	lines = claimLines(claimsOf(t, "Tom Hale, who defeated Alma Reyes by 4 percentage points in 2021, conceded."))
	assert.Contains(t, lines, "Tom Hale|margin|value=4|unit=percentage points")
}

func TestClaimsMarginNeedsDefeatAndVotes(t *testing.T) {
	for _, text := range []string{
		"Acme Group beat forecasts by 5% in the third quarter.",
		"Alma Reyes raised her total by 806 votes after a recount.",
	} {
		for _, l := range claimLines(claimsOf(t, text)) {
			assert.NotContains(t, l, "|margin|", text)
		}
	}
}
