package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClaimsControlOfTheNamedBody(t *testing.T) {
	lines := claimLines(claimsOf(t, "Democrats seized control of the Virginia House of Delegates on Tuesday."))
	assert.Contains(t, lines, "Democrats|control|object=House of Delegates")
}

func TestClaimsHeldSince(t *testing.T) {
	lines := claimLines(claimsOf(t, "Democrats seized control of the Virginia House of Delegates on Tuesday. Republicans had controlled the chamber since 2021, when they won it back."))
	assert.Contains(t, lines, "Republicans|control|object=House of Delegates|since=2021")
	lines = claimLines(claimsOf(t, "Labor has governed Western Australia since 2017, when it ended eight years of rule. The Liberals have held power in Ottawa since 2015."))
	assert.Contains(t, lines, "Labor|control|object=Western Australia|since=2017")
	assert.Contains(t, lines, "Liberals|control|object=Ottawa|since=2015")
	// No auxiliary or no year: no claim of control held for a time.
	assert.Empty(t, claimsOf(t, "Labor governed Western Australia well. The Liberals have held power in Ottawa."))
}

func TestClaimsTwoWordMetricBeforeVerb(t *testing.T) {
	lines := claimLines(claimsOf(t, "Canada is big. Canada's unemployment rate stood at 7.1 per cent in October."))
	assert.Contains(t, lines, "Canada|unemployment|value=7.1|unit=percent")
}

func TestClaimsReportingPeriod(t *testing.T) {
	lines := claimLines(claimsOf(t, "Acme Group said sales rose. Revenue for the year to December rose 7.3% to £4.82bn, helped by prices."))
	assert.Contains(t, lines, "Acme Group|revenue|change=+7.3|unit=percent")
	assert.Contains(t, lines, "Acme Group|revenue|value=4.82e+09|unit=GBP")
}

func TestClaimsAppositiveBeforeVerb(t *testing.T) {
	lines := claimLines(claimsOf(t, "Turnout in Fairfax County, the state's most populous, rose 6.5 percentage points from four years earlier."))
	assert.Contains(t, lines, "Fairfax County|turnout|change=+6.5|unit=percentage points")
}

func TestClaimsPartOfWhole(t *testing.T) {
	lines := claimLines(claimsOf(t, "In Chesterfield County, Democrats won three of the four House seats, up from one in 2023. Laura Whitfield carried 41 of the state's 133 counties and cities."))
	assert.Contains(t, lines, "Democrats|seats|value=3")
	assert.Contains(t, lines, "Laura Whitfield|counties|value=41")
}

func TestClaimsRangeIsNoValue(t *testing.T) {
	for _, l := range claimLines(claimsOf(t, "Acme Group expects revenue growth of 4% to 6% in the current year.")) {
		assert.NotContains(t, l, "value=4|")
	}
}

func TestClaimsMajorityHolder(t *testing.T) {
	lines := claimLines(claimsOf(t, "Labour won. The result gives Labour a majority of 12 on the council."))
	assert.Contains(t, lines, "Labour|majority|value=12")
}

func TestClaimsShareWithVote(t *testing.T) {
	lines := claimLines(claimsOf(t, "At the top of the ticket, Democrat Laura Whitfield won the governor's race with 56.8% of the vote, defeating Dan Keller."))
	assert.Contains(t, lines, "Laura Whitfield|share|value=56.8|unit=percent")
	lines = claimLines(claimsOf(t, "Nationals leader Tom Gallagher, who kept his seat of Central Wheatbelt with 64 per cent of the primary vote, congratulated Brandt."))
	assert.Contains(t, lines, "Tom Gallagher|share|value=64|unit=percent")
	lines = claimLines(claimsOf(t, "Greens candidate Priya Nandakumar took 14 per cent of the primary vote in Fremantle."))
	assert.Contains(t, lines, "Priya Nandakumar|share|value=14|unit=percent")
}

func TestClaimsVerbOnOwnMetric(t *testing.T) {
	lines := claimLines(claimsOf(t, "Brackenridge Group reported record annual revenue on Tuesday and raised its dividend by 12%, but warned on costs."))
	assert.Contains(t, lines, "Brackenridge Group|dividend|change=+12|unit=percent")
	lines = claimLines(claimsOf(t, "Brackenridge Group made money. Owen Prichard told analysts that the company would close nine of its 212 branches and cut about 350 jobs."))
	assert.Contains(t, lines, "Brackenridge Group|jobs|change=-350")
}

func TestClaimsTrailingChange(t *testing.T) {
	lines := claimLines(claimsOf(t, "Labour stood in every seat. Labour's primary vote fell to 31.4 per cent, down 3.5 points on its record result."))
	assert.Contains(t, lines, "Labour|share|value=31.4|unit=percent")
	assert.Contains(t, lines, "Labour|share|change=-3.5|unit=points")
}

func TestClaimsOwnerBeforePlace(t *testing.T) {
	lines := claimLines(claimsOf(t, "Brackenridge Group is a supplier in the UK. Brackenridge Group's UK like-for-like sales grew 5.2%."))
	assert.Contains(t, lines, "Brackenridge Group|sales|change=+5.2|unit=percent")
}

func TestClaimsShareOfRunnerUp(t *testing.T) {
	lines := claimLines(claimsOf(t, "Turnout was high. At the top of the ticket, Democrat Laura Whitfield won the governor's race with 56.8% of the vote, defeating Republican Dan Keller, who took 42.9%."))
	assert.Contains(t, lines, "Dan Keller|share|value=42.9|unit=percent")
	// A bare percentage with no share earlier in its sentence names no metric.
	assert.Empty(t, claimsOf(t, "Dan Keller took 42.9% in the end."))
}

func TestClaimsCoordinatedVerbAfterDateline(t *testing.T) {
	lines := claimLines(claimsOf(t, "LONDON, March 4 — Brackenridge Group, the building materials supplier, reported record annual revenue on Tuesday and raised its dividend by 12%."))
	assert.Contains(t, lines, "Brackenridge Group|dividend|change=+12|unit=percent")
}

func TestClaimsPollsterIsNoTopic(t *testing.T) {
	for _, cl := range claimsOf(t, "A survey by the Angus Reid Institute found voters gloomy. The Angus Reid Institute polled 1,611 adults. The deficit could hit $85 billion next year.") {
		assert.NotEqual(t, "Angus Reid Institute", cl.Subject, cl.Text)
	}
}

func TestClaimsApproval(t *testing.T) {
	lines := claimLines(claimsOf(t, "The survey, released Wednesday, found that 44 per cent of Canadians approve of Mark Carney's performance, down nine points from 53 per cent in September."))
	assert.Contains(t, lines, "Mark Carney|approval rating|value=44|unit=percent")
	assert.Contains(t, lines, "Mark Carney|approval rating|change=-9|unit=points")
	lines = claimLines(claimsOf(t, "In the poll, 52% disapprove of Helen Ward, the mayor."))
	assert.Contains(t, lines, "Helen Ward|disapproval|value=52|unit=percent")
}

func TestClaimsBodyTaken(t *testing.T) {
	lines := claimLines(claimsOf(t, "Democrats also took control of the Loudoun County Board of Supervisors, winning six of its nine seats, and held on to the Richmond City Council."))
	assert.Contains(t, lines, "Democrats|control|object=Loudoun County Board of Supervisors")
	assert.Contains(t, lines, "Democrats|control|object=Richmond City Council")
	lines = claimLines(claimsOf(t, "Labour retained Barnet Council on Thursday."))
	assert.Contains(t, lines, "Labour|control|object=Barnet Council")
	// A race for a chamber is no control of it.
	assert.Empty(t, claimsOf(t, "Democrats won the Senate race in Ohio."))
}

func TestClaimsPartyPollStanding(t *testing.T) {
	lines := claimLines(claimsOf(t, "The Liberals now trail the Conservatives by four points nationally. The New Democrats stood at 11 per cent and the Bloc Québécois at seven per cent."))
	assert.Contains(t, lines, "Democrats|support|value=11|unit=percent")
	// A company standing at a share is no party's support.
	assert.Empty(t, claimsOf(t, "Acme Group had a good year. Acme Group stood at 11 per cent of the market."))
}

func TestClaimsParticipleAfterComma(t *testing.T) {
	lines := claimLines(claimsOf(t, "Democrats also took control of the Loudoun County Board of Supervisors, winning six of its nine seats."))
	assert.Contains(t, lines, "Democrats|seats|value=6")
}

func TestClaimsEdgesDoNotPanic(t *testing.T) {
	for _, s := range []string{
		"Rose 5%.", ", winning 3 of 4 seats", "a majority of 5", "and raised its dividend by 12%",
		"held on to the Senate", "had controlled the", "has held power in", "44% approve of",
		"with 5% of the vote", "Turnout, the, rose 5%", "who took 4%", "stood at 3%", "raised its",
		"Revenue for the year rose", "retained the", "44 per cent of voters disapprove of",
	} {
		assert.NotPanics(t, func() { claimsOf(t, s) }, s)
	}
}

func TestClaimsPeriodEnd(t *testing.T) {
	lines := claimLines(claimsOf(t, "Brackenridge Group had a good year. Net debt fell, and the group ended the year with 23,400 employees, up from 21,900."))
	assert.Contains(t, lines, "Brackenridge Group|employees|value=23400")
	assert.Empty(t, claimsOf(t, "The band ended the year with 12 concerts in Leeds."))
}
