package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEntitiesRoles(t *testing.T) {
	es := entitiesOf(t, "Former Labour Barnet election agent Charles Harvey spoke. "+
		"Ms Rose, a former Union of Jewish Students President, was elected. "+
		"Mr Velleman, also elected in Whetstone, is the Jewish Labour Movement policy officer. "+
		"Conceding defeat, the council's Conservative former leader Danial Thomas told the BBC the news. "+
		"Labour National Executive Committee member Mark Ferguson said on Twitter it was won. "+
		"The plan had the support of Ella Rose and Liron Velleman.")
	for name, role := range map[string]string{
		"Charles Harvey": "election agent",
		"Ella Rose":      "former Union of Jewish Students President",
		"Liron Velleman": "Jewish Labour Movement policy officer",
		"Danial Thomas":  "former leader",
		"Mark Ferguson":  "Labour National Executive Committee member",
	} {
		e := find(es, name)
		require.NotNil(t, e, "%s in %v", name, names(es))
		assert.Equal(t, role, e.Role, name)
	}
}

func TestEntitiesNoRoleFromOrdinaryNouns(t *testing.T) {
	es := entitiesOf(t, "It showed the progress Keir Starmer has made.")
	e := find(es, "Keir Starmer")
	require.NotNil(t, e, "%v", names(es))
	assert.Empty(t, e.Role)
}

func TestEntitiesPossessiveJoints(t *testing.T) {
	es := entitiesOf(t, "The People’s Daily said that Britain’s Prime Minister Boris Johnson was wrong.")
	assert.NotNil(t, find(es, "People’s Daily"), "%v", names(es))
	assert.NotNil(t, find(es, "Britain"), "%v", names(es))
	b := find(es, "Boris Johnson")
	require.NotNil(t, b, "%v", names(es))
	assert.Equal(t, "Prime Minister", b.Role)
}

func TestEntitiesGluedWords(t *testing.T) {
	es := entitiesOf(t, "Gov. Kristi NoemKristi Noem spoke. Noem said it worked.")
	e := find(es, "Kristi Noem")
	require.NotNil(t, e, "%v", names(es))
	assert.Equal(t, []string{"Kristi", "Kristi Noem", "Noem"}[1:], mentionTexts(e)[1:])
}

func TestEntitiesHyphenatedPlaces(t *testing.T) {
	es := entitiesOf(t, "Hopes of a US-China trade deal rose in Delhi.")
	assert.NotNil(t, find(es, "US"), "%v", names(es))
	assert.NotNil(t, find(es, "China"), "%v", names(es))
}

func TestEntitiesDemonymsAreNotPlaces(t *testing.T) {
	es := entitiesOf(t, "Many Americans and South Dakotans backed the plan, as did North American firms.")
	assert.Empty(t, es, "%v", names(es))
}

func TestEntitiesShoutedAndHeadlineLines(t *testing.T) {
	es := entitiesOf(t, "CHILE FALLS AS ARGENTINA WINS AGAIN\n\nMysterious Icy Moon Could Hide Alien Life\n\nThe match was played in Madrid.")
	assert.Equal(t, []string{"GPE:Madrid"}, names(es))
}

func TestEntitiesAcronymsNeedEvidence(t *testing.T) {
	es := entitiesOf(t, "The laptop has an SSD and a VPN. NASA said it was OUT of time, and out of luck.")
	assert.Equal(t, []string{"ORG:NASA"}, names(es))
	es = entitiesOf(t, "Who knows? The WHO does.")
	assert.Equal(t, []string{"ORG:WHO"}, names(es))
}

func TestEntitiesCompanySuffixes(t *testing.T) {
	es := entitiesOf(t, "NASA picked Sierra Nevada Corporation and Ceres Robotics Inc. Later, Sierra Nevada and Ceres Robotics agreed.")
	e := find(es, "Sierra Nevada Corporation")
	require.NotNil(t, e, "%v", names(es))
	assert.Len(t, e.Mentions, 2)
	c := find(es, "Ceres Robotics Inc.")
	require.NotNil(t, c, "%v", names(es))
	assert.Len(t, c.Mentions, 2)
}

func TestEntitiesNicknamesAndTails(t *testing.T) {
	es := entitiesOf(t, "Patrick Carlineo Jr. pleaded guilty. Pat Carlineo said sorry. James Van Der Beek left; Van Der Beek waved.")
	p := find(es, "Patrick Carlineo Jr.")
	require.NotNil(t, p, "%v", names(es))
	assert.Len(t, p.Mentions, 2)
	v := find(es, "James Van Der Beek")
	require.NotNil(t, v, "%v", names(es))
	assert.Len(t, v.Mentions, 2)
}

func TestEntitiesPersonNotPeeledAsPlace(t *testing.T) {
	es := entitiesOf(t, "The letter was signed by congresswoman Alexandria Ocasio-Cortez in Washington.")
	assert.Equal(t, []string{"PERSON:Alexandria Ocasio-Cortez", "GPE:Washington"}, names(es))
}

func TestEntitiesLowerCaseParty(t *testing.T) {
	es := entitiesOf(t, "Tsai Ing-wen of the Democratic Progressive party won. The Communist party lost.")
	assert.NotNil(t, find(es, "Democratic Progressive party"), "%v", names(es))
	assert.NotNil(t, find(es, "Communist party"), "%v", names(es))
}

func TestEntitiesEventsAreNotEntities(t *testing.T) {
	es := entitiesOf(t, "Spain won the Davis Cup Finals after the Falklands War ended.")
	assert.Equal(t, []string{"GPE:Spain"}, names(es))
}

func TestEntitiesRoleNounBeforeName(t *testing.T) {
	es := entitiesOf(t, "Fines were handed to Pittsburgh center Maurkice Pouncey, while Brazil star Neymar watched.")
	for _, n := range []string{"Maurkice Pouncey", "Neymar"} {
		e := find(es, n)
		require.NotNil(t, e, "%s in %v", n, names(es))
		assert.Equal(t, TypePerson, e.Type, n)
	}
	assert.NotNil(t, find(es, "Pittsburgh"), "%v", names(es))
}

func TestEntitiesAndInsideOrganisations(t *testing.T) {
	es := entitiesOf(t, "The U.S. Securities and Exchange Commission sued. Gaming powers such as Ubisoft and Take-Two Interactive agreed.")
	assert.NotNil(t, find(es, "U.S. Securities and Exchange Commission"), "%v", names(es))
	assert.NotNil(t, find(es, "Ubisoft"), "%v", names(es))
	assert.NotNil(t, find(es, "Take-Two Interactive"), "%v", names(es))
}

func TestEntitiesFormalStateNames(t *testing.T) {
	es := entitiesOf(t, "The State of Israel rejected it. Israel said so. Oil spilled into the Gulf of Mexico, far from Mexico.")
	assert.Equal(t, []string{"GPE:State of Israel", "LOC:Gulf of Mexico", "GPE:Mexico"}, names(es))
	assert.Len(t, es[0].Mentions, 2)
}

func TestEntitiesAcronymBeforeAnd(t *testing.T) {
	es := entitiesOf(t, "Nomura identified SBI and ICICI Bank as its key beneficiaries.")
	assert.NotNil(t, find(es, "SBI"), "%v", names(es))
	assert.NotNil(t, find(es, "ICICI Bank"), "%v", names(es))
}

func TestEntitiesWashingtonDC(t *testing.T) {
	es := entitiesOf(t, "The agency is based in Washington, D.C. and in Greenbelt, Maryland.")
	assert.Equal(t, []string{"GPE:Washington, D.C.", "GPE:Greenbelt", "GPE:Maryland"}, names(es))
}

func TestEntitiesNameShapes(t *testing.T) {
	es := entitiesOf(t, "Kukushkin had beaten Botic van de Zanschulp, while police chief Cheuk Hau-yip watched.")
	for _, n := range []string{"Botic van de Zanschulp", "Cheuk Hau-yip"} {
		e := find(es, n)
		require.NotNil(t, e, "%s in %v", n, names(es))
		assert.Equal(t, TypePerson, e.Type, n)
	}
}

func TestEntitiesTitlesOfWorksAreNotPeople(t *testing.T) {
	es := entitiesOf(t, "He wrote about the Klingon Empire in a novel.")
	assert.Nil(t, find(es, "Klingon Empire"), "%v", names(es))
}

func TestEntitiesUSPoliticsConventions(t *testing.T) {
	es := entitiesOf(t, "Sen. Elizabeth Warren (D-Mass.) and Rep. Ilhan Omar, D-Minn., criticised Manchester United and Buckingham Palace.")
	assert.Equal(t, []string{"PERSON:Elizabeth Warren", "PERSON:Ilhan Omar", "ORG:Manchester United", "LOC:Buckingham Palace"}, names(es))
	assert.Equal(t, "Sen.", es[0].Role)
}

func TestEntitiesOutletsAndOffices(t *testing.T) {
	es := entitiesOf(t, "The band plays Blossom Music Center on July 4, the Baltimore Sun and the Hartford Courant reported, citing USA Today and the Office of the Inspector General.")
	assert.Equal(t, []string{"ORG:Blossom Music Center", "ORG:Baltimore Sun", "ORG:Hartford Courant", "ORG:USA Today", "ORG:Office of the Inspector General"}, names(es))
}

func TestEntitiesPossessiveOwners(t *testing.T) {
	es := entitiesOf(t, "Rival Lowe's Companies Inc. reported sales. Britain’s Royal Navy sailed, and the People’s Liberation Army marched.")
	assert.Equal(t, []string{"ORG:Lowe's Companies Inc.", "GPE:Britain", "ORG:Royal Navy", "ORG:People’s Liberation Army"}, names(es))
}

func TestEntitiesStateBodies(t *testing.T) {
	es := entitiesOf(t, "The French foreign ministry and Russia's foreign ministry condemned it. The US military said a Conservative government fell.")
	assert.Equal(t, []string{"ORG:French foreign ministry", "GPE:Russia", "ORG:Russia's foreign ministry", "GPE:US", "ORG:US military"}, names(es))
}

// A nationality adjective before a generic state noun describes the body
// without naming it ("the Chinese government"), and a body phrase that
// qualifies a noun after it ("military aid") names no body; a country's
// name, a ministry and "officials" after the phrase keep it.
func TestEntitiesNationalityBodies(t *testing.T) {
	for _, text := range []string{
		"The Chinese government said it would respond.",
		"Russian officials denied the report.",
		"The Israeli military said two soldiers died.",
		"The Ukrainian army retreated from the town.",
		"Senators debated Ukraine military aid on Tuesday.",
	} {
		for _, e := range entitiesOf(t, text) {
			assert.NotEqual(t, TypeOrg, e.Type, "%q: %s", text, e.Name)
		}
	}
	es := entitiesOf(t, "The Dutch foreign ministry protested. Kenya's army was deployed. US military officials said the base was safe.")
	for _, n := range []string{"Dutch foreign ministry", "Kenya's army", "US military"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeOrg, e.Type, n)
		}
	}
}
