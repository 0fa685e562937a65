package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNumbersPollPointsArePercent(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"Labour won 31.4 per cent, down 18.5 points on its last result.", "18.5 points", 18.5, KindPercent, "points"},
		{"Some 44 per cent approve, down nine points from 53 per cent.", "nine points", 9, KindPercent, "points"},
		{"The Liberals trail by four points, with 36 per cent support.", "four points", 4, KindPercent, "points"},
		{"Support stood at 40 per cent. It has fallen 6 points since May.", "6 points", 6, KindPercent, "points"},
		{"Among older voters, his approval fell 14 points in two months.", "14 points", 14, KindPercent, "points"},
	})
}

func TestNumbersPointsStayCounts(t *testing.T) {
	for _, text := range []string{
		"The Dow Jones fell 412 points, or 1.2%, to 33,870.",
		"Shares fell 3%. The index dropped 40 points on Friday.",
		"Rovers are two points clear after winning 65% of their games.",
		"The Lakers scored 38 points.",
	} {
		ns := numbersOf(t, text)
		var found bool
		for _, n := range ns {
			if n.Unit == "points" {
				found = true
				assert.Equal(t, KindCount, n.Kind, "%q: %+v", text, n)
			}
		}
		require.True(t, found, "%q: %+v", text, ns)
	}
}
