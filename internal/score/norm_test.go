package score

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWords(t *testing.T) {
	assert.Equal(t, []string{"didn", "t", "feel"}, Words("Didn’t  feel!"))
	assert.Equal(t, []string{"fi", "1", "2"}, Words("ﬁ ¹ 2"), "NFKC folds ligatures and superscripts")
	assert.Equal(t, []string{"snake_case", "x"}, Words("snake_case, x"))
	assert.Empty(t, Words(" -- "))
}

func TestNameWords(t *testing.T) {
	assert.Equal(t, []string{"keir", "starmer"}, NameWords("Sir Keir Starmer"))
	assert.Equal(t, []string{"rose"}, NameWords("Ms Rose"))
	assert.Equal(t, []string{"labour"}, NameWords("Labour's"))
	assert.Equal(t, []string{"s"}, NameWords("S"), "a lone s is not a possessive")
	assert.Equal(t, []string{"bbc"}, NameWords("the BBC"))
}

func TestNameMatchPeople(t *testing.T) {
	for _, c := range []struct {
		gold, pred string
		want       bool
	}{
		{"Keir Starmer", "Sir Keir Starmer", true},
		{"Keir Starmer", "Keir Rodney Starmer", true},
		{"Keir Starmer", "Starmer", false},
		{"Keir Starmer", "John Starmer", false},
		{"Ella Rose", "Ms Rose", false},
		{"Ella Rose", "Ella Rose's", true},
		{"Mr", "Sir", false},
	} {
		assert.Equal(t, c.want, NameMatch(c.gold, c.pred, PersonName), "%q ~ %q", c.gold, c.pred)
	}
}

func TestNameMatchOrgs(t *testing.T) {
	assert.True(t, NameMatch("Labour", "Labour Party", OrgName))
	assert.True(t, NameMatch("Labour Party", "Labour", OrgName))
	assert.True(t, NameMatch("BBC", "the BBC", OrgName))
	assert.False(t, NameMatch("Lab", "Labour Party", OrgName), "whole words only")
	assert.False(t, NameMatch("Party Labour", "Labour Party", OrgName))
}
