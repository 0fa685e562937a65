package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Sentences from articles written for the project and annotated before the
// pipeline first ran on them (testdata/owngold: latam_politics,
// eu_chip_startup, ie_league_football).

func TestEntitiesPlaceAfterOfficeOf(t *testing.T) {
	es := entitiesOf(t, "But the mayor of Cali, Jhon Jairo Mosquera Palacios, said transfers were under threat. "+
		"The governor of Antioquia resigned on Tuesday.")
	for _, n := range []string{"Cali", "Antioquia"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeGPE, e.Type, n)
		}
	}
	assert.NotNil(t, find(es, "Jhon Jairo Mosquera Palacios"), "%v", names(es))
}

func TestEntitiesPossessivePlaceAndSaintNames(t *testing.T) {
	es := entitiesOf(t, "Cork host Galway United at Turner's Cross on Monday, while Derry entertain St Patrick's Athletic.")
	if e := find(es, "Turner's Cross"); assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, TypeLoc, e.Type)
	}
	if e := find(es, "St Patrick's Athletic"); assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, TypeOrg, e.Type)
	}
	assert.Nil(t, find(es, "Turner"), "%v", names(es))
	assert.Nil(t, find(es, "Patrick's Athletic"), "%v", names(es))
}

func TestEntitiesAccentedGivenNamesAndSubstitute(t *testing.T) {
	es := entitiesOf(t, "Its executive director, María Camila Ortiz de Zárate, said 11 governors had asked. "+
		"Substitute Tyrese Adebayo-Gallagher sealed the win in stoppage time.")
	for _, n := range []string{"María Camila Ortiz de Zárate", "Tyrese Adebayo-Gallagher"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypePerson, e.Type, n)
		}
	}
	assert.Nil(t, find(es, "Substitute Tyrese Adebayo-Gallagher"), "%v", names(es))
}

func TestEntitiesOrgHeadsBeforeOf(t *testing.T) {
	es := entitiesOf(t, "She is the first woman to manage a men's side in the League of Ireland. "+
		"The party keeps its 32 seats in the Chamber of Representatives. "+
		"Analysts at the Universidad de los Andes estimate that royalties matter.")
	for _, n := range []string{"League of Ireland", "Chamber of Representatives", "Universidad de los Andes"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeOrg, e.Type, n)
		}
	}
	assert.Nil(t, find(es, "Ireland"), "%v", names(es))
	assert.Nil(t, find(es, "Universidad"), "%v", names(es))
}

func TestEntitiesGermanBodyWords(t *testing.T) {
	es := entitiesOf(t, "The case is backed by the Startup-Verband, the start-up association. "+
		"The Bundeskartellamt in Bonn is examining the purchase.")
	for _, n := range []string{"Startup-Verband", "Bundeskartellamt"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeOrg, e.Type, n)
		}
	}
	assert.True(t, germanBodyWord("Bauernverband"))
	assert.False(t, germanBodyWord("Dreamt"))
	assert.False(t, germanBodyWord("Verband"))
}

func TestEntitiesPlaceBeforeArea(t *testing.T) {
	es := entitiesOf(t, "The ground, in the Bogside area of Derry, is due to be redeveloped next year.")
	if e := find(es, "Bogside"); assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, TypeGPE, e.Type)
	}
}

func TestEntitiesKindNounNamesStopAtAndThe(t *testing.T) {
	es := entitiesOf(t, "It sold chips to the Swedish charging network Laddo and the Spanish utility Iberenergía last year. "+
		"It bought a stake in the Estonian software house Kuulsus OÜ last month.")
	for _, n := range []string{"Laddo", "Iberenergía", "Kuulsus OÜ"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeOrg, e.Type, n)
		}
	}
	assert.Nil(t, find(es, "Laddo and the Spanish"), "%v", names(es))
}

func TestEntitiesSurnameWithParticleJoinsFullName(t *testing.T) {
	es := entitiesOf(t, "The governor, Luis Fernando de la Espriella, resigned on Tuesday. "+
		"De la Espriella, who has governed the department since 2023, told reporters it was wrong. "+
		"Asked whether he planned to run, De la Espriella smiled.")
	e := find(es, "Luis Fernando de la Espriella")
	if assert.NotNil(t, e, "%v", names(es)) {
		assert.Len(t, e.Mentions, 3)
	}
	assert.Nil(t, find(es, "De la Espriella"), "%v", names(es))
}

func TestEntitiesArticleLedNamesAreNoPeople(t *testing.T) {
	es := entitiesOf(t, "The minister defended the measure in an interview with El Tiempo on Monday. "+
		"The money would go to poorer departments such as Chocó and La Guajira.")
	for _, n := range []string{"El Tiempo", "La Guajira"} {
		if e := find(es, n); e != nil {
			assert.NotEqual(t, TypePerson, e.Type, n)
		}
	}
}

func TestEntitiesOrgNounAfterName(t *testing.T) {
	es := entitiesOf(t, "The striker is reported to be a target for Hibernian, the Edinburgh club, whose scouts have watched him. "+
		"The deal was approved by Corvane, a French utility.")
	for _, n := range []string{"Hibernian", "Corvane"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeOrg, e.Type, n)
		}
	}
}

func TestEntitiesSideAfterScore(t *testing.T) {
	es := entitiesOf(t, "Rovers, who drew 0-0 with Bohemians at Tallaght Stadium, have won eight league games in a row. "+
		"Last week Kilcarrig lost 2-1 to Westmeath Harps.")
	for _, n := range []string{"Bohemians", "Westmeath Harps"} {
		e := find(es, n)
		if assert.NotNil(t, e, "%s in %v", n, names(es)) {
			assert.Equal(t, TypeOrg, e.Type, n)
		}
	}
	assert.True(t, isScore("3–1"))
	assert.False(t, isScore("2024"))
}

func TestEntitiesScoreOutsideSportNamesNoTeam(t *testing.T) {
	es := entitiesOf(t, "The justices ruled 6-3 against Maria Delgado on Monday, and the state appealed.")
	if e := find(es, "Maria Delgado"); assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, TypePerson, e.Type)
	}
}

func TestEntitiesNameBeforeItsIsAnOrganisation(t *testing.T) {
	es := entitiesOf(t, "The aid went to three projects led by Lumière Silicium, of Grenoble, and others. "+
		"Lumière Silicium rejected the claims. Its finance director, Anne Delacroix, said so.")
	if e := find(es, "Lumière Silicium"); assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, TypeOrg, e.Type)
	}
	if e := find(es, "Anne Delacroix"); assert.NotNil(t, e, "%v", names(es)) {
		assert.Equal(t, TypePerson, e.Type)
	}
}
