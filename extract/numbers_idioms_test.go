package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// requireNoNumberText checks that no number with the given text is found.
func requireNoNumberText(t *testing.T, text string, surfaces ...string) {
	t.Helper()
	ns := numbersOf(t, text)
	for _, n := range ns {
		for _, sf := range surfaces {
			assert.NotEqual(t, sf, n.Text, "unexpected number %q in %q", sf, text)
		}
	}
}

func TestNumbersIdiomsAreNoQuantity(t *testing.T) {
	requireNoNumberText(t, "The probe is cooled to a few degrees above absolute zero.", "zero")
	requireNoNumberText(t, "Investigators began to zero in on the cause.", "zero")
	requireNoNumberText(t, "He was trying to zero in any likely causes.", "zero")
	requireNoNumberText(t, "Reporters gathered at ground zero on Monday.", "zero")
	requireNoNumberText(t, "The council backed a net zero target.", "zero")
	requireNoNumberText(t, "The club paid a one-time fee to the league.", "one-time")
	requireNoNumberText(t, "The one-time mayor spoke at the launch.", "one-time")
	requireNoNumberText(t, "It was a one-sided final and a one-off event.", "one-sided", "one-off")
}

func TestNumbersZeroStillCounts(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"Inflation fell to zero in March.", "zero", 0, KindCount, ""},
		{"The team has won two of its last five games.", "two", 2, KindCount, ""},
	})
}

func TestNumbersLabelAfterDeterminer(t *testing.T) {
	requireNoNumberText(t, "She made a 911 call shortly after midnight.", "911")
	requireNoNumberText(t, "Police received that 999 call at dawn.", "999")
	requireNoNumberText(t, "The 747 jet landed safely in Denver.", "747")
}

func TestNumbersCountAfterDeterminerKept(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"He built a 2,812 piece model over the winter.", "2,812", 2812, KindCount, ""},
		{"The 12 members voted against it.", "12 members", 12, KindCount, "members"},
		{"Labour unveiled a 10 point plan for housing.", "10", 10, KindCount, ""},
	})
}

func TestNumbersTimeOfDayInWords(t *testing.T) {
	requireNoNumberText(t, "The fire started at two in the morning.", "two")
	requireNoNumberText(t, "He came home at six in the evening, as usual.", "six")
	requireNoNumberText(t, "The bars close at 11 at night on weekdays.", "11")
	runNumberCases(t, []numberCase{
		{"She scored two in the first half.", "two", 2, KindCount, ""},
		{"Two in the morning session were sent home.", "Two", 2, KindCount, ""},
	})
}

func TestNumbersMinusWord(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"The instrument is cooled to about minus 266C.", "minus 266C", -266, KindCount, "°C"},
		{"Overnight lows of minus 5 degrees are expected.", "minus 5 degrees", -5, KindCount, "degrees"},
		{"It fell to minus five degrees in the valley.", "minus five degrees", -5, KindCount, "degrees"},
		{"Readings ranged from minus 3C to minus 10C.", "minus 3C to minus 10C", -3, KindCount, "°C"},
	})
	ns := numbersOf(t, "Ten minus three is seven.")
	for _, n := range ns {
		assert.GreaterOrEqual(t, n.Value, 0.0, "arithmetic 'minus' gives no negative: %+v", n)
	}
}

func TestNumbersFractionOrdinalsPast10(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"It orbits about a fourteenth of the distance to the Sun.", "a fourteenth", 100.0 / 14, KindPercent, ""},
		{"Roughly a twelfth of the land is forest.", "a twelfth", 100.0 / 12, KindPercent, ""},
		{"Only one twentieth of the budget goes on roads.", "one twentieth", 5, KindPercent, ""},
	})
	runNumberCases(t, []numberCase{
		{"He finished twelfth in the race.", "twelfth", 12, KindOrdinal, ""},
	})
}

func TestNumbersClockTimesOnce(t *testing.T) {
	ns := numbersOf(t, "The meeting starts at 10:30 and ends at 4:15pm.")
	require.Len(t, ns, 2, "%+v", ns)
	assert.Equal(t, KindDate, ns[0].Kind)
	ns = numbersOf(t, "She finished the marathon in 2:18:34 on Sunday.")
	require.Len(t, ns, 1, "%+v", ns)
	assert.Equal(t, "2:18:34", ns[0].Text)
	assert.Equal(t, KindDuration, ns[0].Kind)
	assert.Equal(t, 8314.0, ns[0].Value)
}

func TestNumbersVoteTallyInWords(t *testing.T) {
	ns := numbersOf(t, "The committee approved the plan by a vote of seven to two.")
	require.Len(t, ns, 2, "%+v", ns)
	assert.Nil(t, ns[0].Max)
}
