package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNumbersInQuotedTermsAreNames(t *testing.T) {
	for _, text := range []string{
		"Beijing backs the “one country, two systems” formula for the city.",
		"She never used the term \"four horsemen\" about them.",
		"They were known as the \"Big Four\" in the city.",
		"Locals called them \"the two Ronnies\" for years.",
	} {
		assert.Empty(t, claimedTexts(numbersOf(t, text)), text)
	}
	for _, c := range []struct{ text, want string }{
		{"He said the talks would take \"two weeks\" at most.", "two weeks"},
		{"He promised \"two new hospitals\" by the autumn.", "two new hospitals"},
	} {
		assert.Equal(t, []string{c.want}, claimedTexts(numbersOf(t, c.text)), c.text)
	}
}
