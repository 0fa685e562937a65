package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNumbersOneUnitOfAndLitres(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"I want a gallon of beer tonight.", "a gallon", 1, KindCount, "gallons"},
		{"A foot of snow fell overnight.", "A foot", 1, KindCount, "feet"},
		{"He drank 2 L of water.", "2 L", 2, KindCount, "litres"},
	})
}

func TestNumbersOneUnitIdiomsAreNoMeasure(t *testing.T) {
	for _, text := range []string{
		"It took a bit of luck.",
		"There is a ton of work to do.",
		"It took an hour of talks.",
		"He ran a mile in the rain.",
		"Plan L 2 failed.",
	} {
		assert.Empty(t, claimedTexts(numbersOf(t, text)), text)
	}
}

func TestNumbersAfterALabelAreNames(t *testing.T) {
	for _, text := range []string{
		"Cells called group 2 innate lymphoid cells were found.",
		"Tier 3 rules apply from today.",
		"He took Interstate 95 south.",
	} {
		assert.Empty(t, claimedTexts(numbersOf(t, text)), text)
	}
	assert.Equal(t, []string{"5 people"}, claimedTexts(numbersOf(t, "A group of 5 people came.")))
}

func TestNumbersPointsAbbreviated(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"The index fell 3pts on Friday.", "3pts", 3, KindCount, "points"},
	})
}

func TestNumbersParticipleBeforeTheCountedNoun(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"Two armed men fled the scene.", "Two armed men", 2, KindCount, "men"},
		{"Four named players left the club.", "Four named players", 4, KindCount, "players"},
		{"Officers said 15 police injured protesters.", "15 police", 15, KindCount, "police"},
	})
}

func TestNumbersGluedMillions(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"The population is 8.3m.", "8.3m", 8300000, KindCount, ""},
		{"Viewers reached 4.5m on Sunday.", "4.5m", 4500000, KindCount, ""},
		{"The show drew 12m, its best audience yet.", "12m", 12000000, KindCount, ""},
		{"He won the 100m final in record time.", "100m", 100, KindCount, "m"},
		{"She jumped 8.3m in the long jump.", "8.3m", 8.3, KindCount, "m"},
		{"The crowd stood 50m away.", "50m", 50, KindCount, "m"},
		{"They built a 30m-high tower.", "30m", 30, KindCount, "m"},
		{"The river rose to a height of 4.2m.", "4.2m", 4.2, KindCount, "m"},
	})
}

func TestNumbersFractionOfAUnit(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"The blaze spread over half an acre.", "half an acre", 0.5, KindCount, "acres"},
		{"They waited half an hour for help.", "half an hour", 0.5, KindCount, "hours"},
		{"The farm lies half a mile from the road.", "half a mile", 0.5, KindCount, "miles"},
		{"Half a million people marched.", "Half a million people", 500000, KindCount, "people"},
		{"Half the homes will be affordable.", "Half", 50, KindPercent, ""},
	})
}

func TestNumbersFeetAndInches(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"The 6ft 4in defender signed on Friday.", "6ft 4in", 6 + 4.0/12, KindCount, "feet"},
		{"He is 5 feet 10 inches tall.", "5 feet 10 inches", 5 + 10.0/12, KindCount, "feet"},
		{"The wall is 6ft high and 4 inches thick.", "4 inches", 4, KindCount, "inches"},
	})
}

func TestNumbersPerSecondIsNoOrdinal(t *testing.T) {
	for _, n := range numbersOf(t, "The probe travels at 11 kilometres per second.") {
		assert.NotEqual(t, KindOrdinal, n.Kind, "%+v", n)
	}
	runNumberCases(t, []numberCase{
		{"It was the second time in a week.", "second", 2, KindOrdinal, ""},
	})
}
