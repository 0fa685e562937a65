package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClaimsTurnoutGoesToThePlace(t *testing.T) {
	text := "PERTH: Labor won a third term in Western Australia on Saturday. The Nationals held two seats. Voters across Western Australia queued early. Turnout was 81.2 per cent, the electoral commission said."
	lines := claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Western Australia|turnout|value=81.2|unit=percent")
	text = "DENVER (AP) — Republicans kept the Colorado Senate on Tuesday as the Colorado Democratic Party conceded. The Colorado Democratic Party said Colorado voters had spoken. Turnout reached 61%, officials said."
	lines = claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Colorado|turnout|value=61|unit=percent")
}

func TestClaimsPublicFinancesGoToTheCountry(t *testing.T) {
	text := "OTTAWA — The finance minister spoke to the House of Commons in Ottawa. Canada's budget was tabled. Canada has a new plan. The deficit rose to $61.9 billion."
	lines := claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Canada|deficit|value=6.19e+10|unit=USD")
}

func TestClaimsCompanyDebtStaysWithTheCompany(t *testing.T) {
	text := "Brackenridge Group plc said profits rose in Britain and Ireland. Net debt fell by £210m to £1.05bn, Brackenridge Group said."
	lines := claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Brackenridge Group|debt|value=1.05e+09|unit=GBP")
	assert.NotContains(t, lines, "Britain|debt|value=1.05e+09|unit=GBP")
}

func TestClaimsCouncilTurnoutStaysWithTheCouncil(t *testing.T) {
	text := "Labour took Barnet council for the first time. Barnet council leaders in Barnet met. Turnout was 37.9 per cent."
	lines := claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Barnet council|turnout|value=37.9|unit=percent")
}

func TestClaimsTurnoutWithoutPlaceStaysUnclaimed(t *testing.T) {
	// One place among several, named once each: no place to give it to.
	text := "Officials in Leeds and York met the Electoral Commission. Turnout was 40 per cent."
	for _, l := range claimLines(claimsOf(t, text)) {
		assert.NotContains(t, l, "Leeds|turnout")
		assert.NotContains(t, l, "York|turnout")
	}
}

func TestClaimsHypotheticalFiguresAreNotClaims(t *testing.T) {
	for _, text := range []string{
		"The Parliamentary Budget Officer said the deficit could hit $85 billion if the economy slips.",
		"Analysts said Acme Group revenue might well reach $3 billion next year.",
		"Labour may win 40 seats, the pollster said.",
	} {
		assert.Empty(t, claimsOf(t, text), text)
	}
	// Stated facts and expectations stay claims.
	lines := claimLines(claimsOf(t, "Labour won 40 seats, the pollster said."))
	assert.Contains(t, lines, "Labour|seats|value=40")
}

func TestClaimsSalesInAPlaceAreTheCompanys(t *testing.T) {
	text := "Harbour Foods plc reported results. Harbour Foods said UK sales grew, while sales in Ireland rose 19%."
	lines := claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Harbour Foods|sales|change=+19|unit=percent")
	// Turnout in a place stays the place's.
	lines = claimLines(claimsOf(t, "Harbour Foods plc reported results. Turnout in Fairfax County rose 6.5 percentage points."))
	assert.Contains(t, lines, "Fairfax County|turnout|change=+6.5|unit=percentage points")
}

func TestClaimsExpectedToReach(t *testing.T) {
	text := "OTTAWA — Canada's budget was tabled. Canada will borrow more. Ottawa's debt is expected to reach $1.2 trillion by 2029."
	lines := claimLines(claimsOf(t, text))
	assert.Contains(t, lines, "Canada|debt|value=1.2e+12|unit=USD")
	lines = claimLines(claimsOf(t, "Acme Group said revenue is set to reach £5bn next year."))
	assert.Contains(t, lines, "Acme Group|revenue|value=5e+09|unit=GBP")
}

func TestClaimsCityDebtStaysTheCitys(t *testing.T) {
	// Toronto is no dateline: its debt is its own.
	text := "OTTAWA — Canada's budget was tabled. Canada will borrow more. Toronto's debt is expected to reach $9 billion."
	lines := claimLines(claimsOf(t, text))
	assert.NotContains(t, lines, "Canada|debt|value=9e+09|unit=USD")
}
