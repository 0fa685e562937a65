package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClaimsAmountInMetric(t *testing.T) {
	text := "OTTAWA — Canada's budget was tabled in the House of Commons. Canada will borrow more. The plan sets out $90 billion in new spending over four years."
	lines := claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Canada|spending|value=9e+10|unit=USD")
	lines = claimLines(claimsOf(t, "Acme Group reported £40m in additional revenue from Spain."))
	assert.Contains(t, lines, "Acme Group|revenue|value=4e+07|unit=GBP")
}

func TestClaimsAmountInNeedsMoneyAndMetric(t *testing.T) {
	for _, text := range []string{
		"Acme Group raised $5 million in venture funding.",
		"Acme Group invested $5 million in Spain.",
		"Acme Group sold 40 homes in new developments.",
	} {
		assert.Empty(t, claimsOf(t, text), text)
	}
}
