package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClaimsEllipticalPollShares(t *testing.T) {
	text := "The Labour Party now trails the Conservative Party by two points, with 31 per cent support to the Conservatives' 33 per cent, a new poll found. The Green Party stood at 9 per cent and the Liberal Democrats at 12 per cent."
	lines := claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Labour Party|support|value=31|unit=percent")
	assert.Contains(t, lines, "Conservative Party|support|value=33|unit=percent")
	assert.Contains(t, lines, "Liberal Democrats|support|value=12|unit=percent")
}

func TestClaimsPollShareNeedsPartyAndPoll(t *testing.T) {
	for _, text := range []string{
		// Not a poll sentence: a party's share of something else.
		"The Labour Party cut the rate, and the Conservatives' 40 per cent target was dropped.",
		// A poll, but the name is not a party.
		"A new poll found Acme Group at 40 per cent of the market.",
	} {
		for _, l := range claimLines(claimsOf(t, text)) {
			assert.NotContains(t, l, "|support|", text)
		}
	}
}

func TestClaimsBareDisapprovalIsAboutTheRatedPerson(t *testing.T) {
	text := "A new survey found that 41% of voters approve of Jane Halvorsen's performance. Disapproval rose to 52%."
	lines := claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Jane Halvorsen|approval rating|value=41|unit=percent")
	assert.Contains(t, lines, "Jane Halvorsen|disapproval|value=52|unit=percent")
	// No approval named nearby: nobody to pin it on.
	for _, l := range claimLines(claimsOf(t, "The Labour Party met in Leeds. Disapproval rose to 52%.")) {
		assert.NotContains(t, l, "disapproval", l)
	}
}
