package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// numbersOf annotates text and returns its numbers, checking every span.
func numbersOf(t *testing.T, text string) []Number {
	t.Helper()
	d, err := nlp.Annotate(context.Background(), text)
	require.NoError(t, err)
	ns := Numbers(d, DefaultLexicon())
	for _, n := range ns {
		require.Equal(t, n.Text, text[n.Start:n.End], "span of %q", n.Text)
	}
	return ns
}

// numberCase expects one number, found by its text.
type numberCase struct {
	text, surface string
	value         float64
	kind, unit    string
}

func runNumberCases(t *testing.T, cases []numberCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.surface, func(t *testing.T) {
			ns := numbersOf(t, c.text)
			var got *Number
			for i := range ns {
				if ns[i].Text == c.surface {
					got = &ns[i]
				}
			}
			require.NotNil(t, got, "no number %q in %q; got %+v", c.surface, c.text, ns)
			assert.InDelta(t, c.value, got.Value, 1e-9*max(1, c.value))
			assert.Equal(t, c.kind, got.Kind)
			assert.Equal(t, c.unit, got.Unit)
		})
	}
}

func TestNumbersDigits(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"The site has 1,500,000 visitors a month.", "1,500,000 visitors", 1500000, KindCount, "visitors"},
		{"The index closed at 40,816.38 on Monday.", "40,816.38", 40816.38, KindCount, ""},
		{"The figure was -5.44% by the close.", "-5.44%", -5.44, KindPercent, ""},
		{"A mouse can get through a 1/4 inch gap.", "1/4 inch", 0.25, KindCount, "inches"},
		{"The door is 2 1/2 in thick.", "2 1/2 in", 2.5, KindCount, "inches"},
		{"Add ½ cup of sugar.", "½ cup", 0.5, KindCount, "cups"},
	})
}

func TestNumbersWords(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"Four candidates stood.", "Four candidates", 4, KindCount, "candidates"},
		{"It has twenty-one members.", "twenty-one members", 21, KindCount, "members"},
		{"She counted one hundred and five ballots.", "one hundred and five ballots", 105, KindCount, "ballots"},
		{"I bought a dozen eggs.", "a dozen eggs", 12, KindCount, "eggs"},
		{"It cost half a million dollars.", "half a million dollars", 500000, KindMoney, "USD"},
		{"We walked two and a half miles.", "two and a half miles", 2.5, KindCount, "miles"},
		{"They said three million, two hundred & forty, you say?", "three million, two hundred & forty", 3000240, KindCount, ""},
		{"I'd like two thirds of the cake.", "two thirds", 200.0 / 3, KindPercent, ""},
		{"A third of voters stayed home.", "A third", 100.0 / 3, KindPercent, ""},
		{"Half of the members voted.", "Half", 50, KindPercent, ""},
		{"Big Machine have twice denied it.", "twice", 2, KindCount, ""},
	})
}

func TestNumbersScalesAndMoney(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"The deal is worth £1.2bn to the club.", "£1.2bn", 1.2e9, KindMoney, "GBP"},
		{"It earned $2.8 billion last year.", "$2.8 billion", 2.8e9, KindMoney, "USD"},
		{"They paid €10M for it.", "€10M", 1e7, KindMoney, "EUR"},
		{"Pricing starts at 71,350 euro this year.", "71,350 euro", 71350, KindMoney, "EUR"},
		{"VIP seats cost 60,000₩ each.", "60,000₩", 60000, KindMoney, "KRW"},
		{"It rose to US$3m in May.", "US$3m", 3e6, KindMoney, "USD"},
		{"Upgrade to Premium for $4.99/mo today.", "$4.99", 4.99, KindMoney, "USD"},
		{"A stamp costs 50p now.", "50p", 0.5, KindMoney, "GBP"},
		{"Shares rose 4.2% to 286p in London.", "286p", 2.86, KindMoney, "GBP"},
		{"Shares rose 4.2% to 286p in London.", "4.2%", 4.2, KindPercent, ""},
		{"It pays a dividend of 5.1p a share.", "5.1p", 0.051, KindMoney, "GBP"},
		{"The fund holds 3 million people's savings.", "3 million people's", 3e6, KindCount, "people"},
		{"And I would walk 0.5k miles.", "0.5k miles", 500, KindCount, "miles"},
		{"The annual revenue is ($99.99) or $-99.99.", "$-99.99", -99.99, KindMoney, "USD"},
	})
}

func TestNumbersPercentages(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"The turnout was 37.9 per cent.", "37.9 per cent", 37.9, KindPercent, ""},
		{"Sales rose 3.5 percent.", "3.5 percent", 3.5, KindPercent, ""},
		{"It can top up to 80-percent quickly.", "80-percent", 80, KindPercent, ""},
		{"Support fell 2 percentage points.", "2 percentage points", 2, KindPercent, "percentage points"},
	})
}

func TestNumbersRanges(t *testing.T) {
	ns := numbersOf(t, "It was run from 1994 to 2002. Google holds 10-15 exabytes. They were given between 44 and 50 pills.")
	require.Len(t, ns, 3)
	assert.Equal(t, KindRange, ns[0].Kind)
	assert.Equal(t, 1994.0, ns[0].Value)
	require.NotNil(t, ns[0].Max)
	assert.Equal(t, 2002.0, *ns[0].Max)
	assert.Equal(t, "10-15 exabytes", ns[1].Text)
	assert.Equal(t, "exabytes", ns[1].Unit)
	assert.Equal(t, 15.0, *ns[1].Max)
	assert.Equal(t, "44 and 50 pills", ns[2].Text)
	assert.Equal(t, 44.0, ns[2].Value)
	assert.Equal(t, 50.0, *ns[2].Max)
}

func TestNumbersRangeNotAcrossKinds(t *testing.T) {
	ns := numbersOf(t, "Revenue rose 3.5 percent to $27.2 billion, and costs fell from $3m to $2m.")
	var kinds []string
	for _, n := range ns {
		kinds = append(kinds, n.Kind+":"+n.Text)
	}
	assert.Equal(t, []string{"percent:3.5 percent", "money:$27.2 billion", "money:$3m", "money:$2m"}, kinds)
}

func TestNumbersQualifiers(t *testing.T) {
	ns := numbersOf(t, "More than 2,500 civilians died. Nearly 8 hours passed. Up to 50 passwords fit. Roughly 13,000 troops remain.")
	require.Len(t, ns, 4)
	assert.Equal(t, []string{"more than", "nearly", "up to", "about"},
		[]string{ns[0].Qualifier, ns[1].Qualifier, ns[2].Qualifier, ns[3].Qualifier})
}

func TestNumbersYearsDatesOrdinals(t *testing.T) {
	ns := numbersOf(t, "It was created in 1964, and on November 20 it won for the first time. In the 1960s it was 2nd. We meet at 2 pm. They sold out by ten o'clock.")
	got := map[string]string{}
	for _, n := range ns {
		got[n.Text] = n.Kind
	}
	assert.Equal(t, map[string]string{
		"1964": KindYear, "20": KindDate, "first": KindOrdinal, "1960s": KindYear, "2nd": KindOrdinal, "2 pm": KindDate,
		"ten o'clock": KindDate,
	}, got)
}

func TestNumbersDurations(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"He dropped out after two years.", "two years", 2, KindCount, "years"},
		{"It is the result of a 25-year partnership.", "25-year", 25, KindCount, "years"},
		{"Four years ago, I was shouted at.", "Four years ago", 4, KindDate, "years"},
		{"It was held barring an eight-year period from 1994 to 2002.", "eight-year", 8, KindDuration, "years"},
		{"They blamed 12 years of a Conservative government.", "12 years", 12, KindDuration, "years"},
		{"He raped a 17-year-old girl, police said.", "17-year-old", 17, KindCount, "years"},
	})
}

func TestNumbersUnits(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"It has a 34\" panel.", "34\"", 34, KindCount, "inches"},
		{"Response time is 4ms at most.", "4ms", 4, KindCount, "ms"},
		{"That promises 355 horsepower and 414 lb-ft of torque.", "414 lb-ft", 414, KindCount, "lb-ft"},
		{"It's a four-door coupe.", "four-door", 4, KindCount, "doors"},
		{"The 1,900-mile-wide moon is cold.", "1,900-mile-wide", 1900, KindCount, "miles"},
		{"It should do 0-62 mph in 6.6 seconds.", "0-62 mph", 62, KindCount, "mph"},
		{"It cranks out 300 kW of power.", "300 kW", 300, KindCount, "kW"},
		{"Temperatures reached 20C in London.", "20C", 20, KindCount, "°C"},
	})
}

func TestNumbersCountedNouns(t *testing.T) {
	runNumberCases(t, []numberCase{
		{"The result may concern Barnet’s three Conservative MPs.", "three Conservative MPs", 3, KindCount, "MPs"},
		{"They took historically two flagship Conservative boroughs.", "two flagship Conservative boroughs", 2, KindCount, "boroughs"},
		{"Two United States service members were killed.", "Two United States service members", 2, KindCount, "service members"},
		{"The simulation required 16,000 processor cores.", "16,000 processor cores", 16000, KindCount, "processor cores"},
		{"The Taliban swapped hostages for three of its commanders.", "three of its commanders", 3, KindCount, "commanders"},
		{"Her post got the attention of two big-name Democratic politicians.", "two big-name Democratic politicians", 2, KindCount, "politicians"},
		{"It saw a million or more Uighurs detained.", "a million or more Uighurs", 1e6, KindCount, "Uighurs"},
	})
}

func TestNumbersNotQuantities(t *testing.T) {
	for _, text := range []string{
		"COVID-19 spread fast.",
		"He bought an iPhone 11 yesterday.",
		"Take the A1 road north.",
		"The Dell G3 15 Intel Core i5-9300H laptop is here.",
		"Webb, 51, was convicted.",
		"Ella Rose, aged 31, was elected.",
		"Call us on 020 7946 0018 today.",
		"The former star, 42, was voted off.",
		"He called 911 at once.",
		"Spain won 6-4, 7-6 (5) in the end.",
		"See page 12 for more.",
		"It has a 16:9 screen.",
		"No one came, and one of the best players left.",
		"He lost the Six-Day War and Take-Two denied it.",
		"Visit www.example.com/show-9596-tickets for seats.",
		"Inquiry 02-751-1500 today.",
		"Save up to $19,000 in a 401(k) plan.",
		"Care givers are exposed to alarms [2].",
		"Meal 2\n\nEat every few hours.",
		"See doi:10.1073/pnas.1015876108 and Kennedy 2007, p. 398.",
		"Games arrive later, including Halo 3 and Fallout 3, with 100 games in all.",
		"A valid point, and one Bielefeld explicitly acknowledges.",
		"“It is over,” said one legal expert. “Not yet,” one official added.",
		"The W3C Candidate Recommendation of 29 January 2013\", said the page.",
		"Standings: 13 Kurt Busch 2237 1 0 7 12 14 Aric Almirola 2234 0 1 3 3 15 Erik Jones 2200 0 0 4 9",
	} {
		for _, n := range numbersOf(t, text) {
			if n.Text == "$19,000" || n.Text == "100 games" {
				continue // the real quantities beside the codes
			}
			assert.NotContains(t, []string{KindCount, KindPercent, KindMoney}, n.Kind, "%q in %q", n.Text, text)
		}
	}
}

func TestNumbersElidedUnits(t *testing.T) {
	ns := numbersOf(t, "Overnight the Conservatives lost 14 seats and Labour gained 18, meaning the new balance on the council is Labour 41, Conservatives 22.")
	var got []string
	for _, n := range ns {
		got = append(got, n.Text+"/"+n.Unit)
	}
	assert.Equal(t, []string{"14 seats/seats", "18/seats", "41/seats", "22/seats"}, got)
}

func TestNumbersScoreTallyDropped(t *testing.T) {
	// A tally with no unit in its sentence is a score, not a quantity.
	ns := numbersOf(t, "Final score: Blue Jackets 5, Canadiens 2.")
	assert.Empty(t, ns)
}
