package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEntitiesAmountsAreNeverNames(t *testing.T) {
	es := entitiesOf(t, "Profit rose to A$3.1bn and the shares closed at A$14.20. "+
		"It paid US$90m, HK$12 and C$7 a tonne, then NZ$400m more in Wellington.")
	for _, n := range names(es) {
		assert.False(t, strings.ContainsAny(n, "$0123456789"), "amount typed as a name: %v", names(es))
	}
	assert.NotNil(t, find(es, "Wellington"), "%v", names(es))
}

func TestEntitiesPossessiveBusinessNames(t *testing.T) {
	es := entitiesOf(t, "Analysts at Fitch's said the outlook was weak. Shoppers queued at Sainsbury's, the grocer said. Trump's decision stood.")
	for _, n := range []string{"Fitch's", "Sainsbury's"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeOrg, e.Type, n)
		}
	}
	assert.Nil(t, find(es, "Trump's"), "%v", names(es))
}

func TestEntitiesInstitutionNamesStayWhole(t *testing.T) {
	es := entitiesOf(t, "Dr Ann Lee, of Goldsmith's College London, and a nurse at Guy's Hospital spoke. Staff at University College London agreed.")
	for _, n := range []string{"Goldsmith's College London", "Guy's Hospital", "University College London"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeOrg, e.Type, n)
		}
	}
	assert.Nil(t, find(es, "London"), "%v", names(es))
}

func TestEntitiesRegionsAndExchanges(t *testing.T) {
	es := entitiesOf(t, "Storms hit the Midwest and the Pacific Northwest. Shares fell on the TSX and the JSE.")
	for n, typ := range map[string]string{"Midwest": TypeLoc, "Pacific Northwest": TypeLoc, "TSX": TypeOrg, "JSE": TypeOrg} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, typ, e.Type, n)
		}
	}
}

func TestEntitiesMiningAndDivisionSuffixes(t *testing.T) {
	es := entitiesOf(t, "Talbot Resources and Corran Iron both sold ore. The Market Conduct Division of the regulator objected.")
	for _, n := range []string{"Talbot Resources", "Corran Iron", "Market Conduct Division"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeOrg, e.Type, n)
		}
	}
}

func TestEntitiesShortFormOfSuffixedCompany(t *testing.T) {
	es := entitiesOf(t, "Shares in Talbot Resources rose. Talbot said output grew. Anne Corran of Corran Mining spoke; Corran said no.")
	e := find(es, "Talbot Resources")
	if assert.NotNil(t, e, "%v", names(es)) {
		assert.Len(t, e.Mentions, 2)
	}
	assert.Nil(t, find(es, "Talbot"), "%v", names(es))
	p := find(es, "Anne Corran")
	if assert.NotNil(t, p, "%v", names(es)) {
		assert.Equal(t, TypePerson, p.Type)
	}
}

func TestEntitiesHeadOfTopicsAndTopics(t *testing.T) {
	es := entitiesOf(t, "It appeared in the Journal of Sleep and Memory, said staff at the Institute of Soil and Water Research. Alice met the Department of Energy and Paul Hart.")
	for _, n := range []string{"Journal of Sleep and Memory", "Institute of Soil and Water Research", "Department of Energy"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeOrg, e.Type, n)
		}
	}
	assert.NotNil(t, find(es, "Paul Hart"), "%v", names(es))
}

func TestEntitiesResidenceAfterName(t *testing.T) {
	es := entitiesOf(t, "Mark Dunley, 41, of Tredwick, admitted theft. His brother Paul Dunley, of Ashmoor, was cleared.")
	for _, n := range []string{"Tredwick", "Ashmoor"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeGPE, e.Type, n)
		}
	}
}

func TestEntitiesRegionsAfterThe(t *testing.T) {
	es := entitiesOf(t, "Floods hit farms in the Kimberley last week. Fans gathered at the Streets concert and in the West.")
	e := find(es, "Kimberley")
	if assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, TypeGPE, typeClass(e.Type))
	}
	for _, n := range []string{"Streets", "West"} {
		if e := find(es, n); e != nil {
			assert.NotEqual(t, TypeGPE, typeClass(e.Type), n)
		}
	}
}

func TestEntitiesListedPlaceTypesItsPartner(t *testing.T) {
	es := entitiesOf(t, "He said towns such as Cleveland and Sandusky had received grants.")
	e := find(es, "Sandusky")
	if assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, TypeGPE, e.Type)
	}
}

func TestEntitiesGuardsOnNewRules(t *testing.T) {
	es := entitiesOf(t, "He's right, she said. Officials at the White House National Security Council Ukraine desk met. "+
		"Plants in France, Belgium and Norway, Ascot's systems and staff were praised.")
	assert.Nil(t, find(es, "He's"), "%v", names(es))
	assert.Nil(t, find(es, "White House National Security Council Ukraine"), "%v", names(es))
	if e := find(es, "Ascot"); e != nil {
		assert.NotEqual(t, TypeGPE, e.Type, "%v", names(es))
	}
}

func TestEntitiesFixtureOpponentsAreTeams(t *testing.T) {
	es := entitiesOf(t, "Kelso Vale had led early. On Saturday, Kelso Vale host Harlow City, and Burnley United face Tonbridge next.")
	for _, n := range []string{"Kelso Vale", "Tonbridge"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeOrg, e.Type, n)
		}
	}
}

func TestEntitiesLoneTeamWordBeforeFixture(t *testing.T) {
	es := entitiesOf(t, "It was a good week. Wanderers face Tonbridge on Friday.")
	e := find(es, "Tonbridge")
	if assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, TypeOrg, e.Type)
	}
}

func TestEntitiesOwnerOfARoleIsAnEmployer(t *testing.T) {
	es := entitiesOf(t, "Results were mixed. Halden's head of research, Ann Lee, said costs fell. Trump's spokesman, Karen Doyle, said Trump agreed.")
	e := find(es, "Halden")
	if assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, TypeOrg, e.Type)
	}
	if p := find(es, "Trump"); p != nil {
		assert.NotEqual(t, TypeOrg, p.Type, "%v", names(es))
	}
}

// "-controlled", "-held" and the like describe who runs a body or a seat;
// they are no part of the name before them.
func TestEntitiesControlledByParty(t *testing.T) {
	es := entitiesOf(t, "The Democratic Party-controlled House of Representatives met. Labour-held Barnet voted.")
	for _, n := range []string{"Democratic Party", "House of Representatives", "Labour", "Barnet"} {
		assert.NotNil(t, find(es, n), "%s in %v", n, names(es))
	}
	for _, n := range names(es) {
		assert.NotContains(t, n, "-", "%v", names(es))
	}
}
