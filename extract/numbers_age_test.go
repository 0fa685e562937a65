package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNumbersAgesBesideANameAreLeftOut(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Police saved a 8-year-old Fort Worth girl.", []string{"8-year-old"}},
		{"Published in BMJ Case Reports, the 43-year-old man had pain.", []string{"43-year-old"}},
		{"He met 17-year-old Jane Doe in May.", nil},
		{"Prince Andrew, the nearly 60-year-old brother of Charles, spoke.", nil},
		{"Smith, the 43-year-old, left.", nil},
	} {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, claimedTexts(numbersOf(t, c.text)))
		})
	}
}

func TestNumbersOneOfCountsWithAQualifier(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Only one of the matches went to three sets.", []string{"one of the matches", "three sets"}},
		{"At least one of the men was hurt.", []string{"one of the men"}},
		{"It was one of the best games.", nil},
		{"It was just one of those nights.", nil},
	} {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, claimedTexts(numbersOf(t, c.text)))
		})
	}
}
