package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// typeOf returns the type of the entity named name, "" when none.
func typeOf(es []Entity, name string) string {
	if e := find(es, name); e != nil {
		return e.Type
	}
	return ""
}

func TestEntitiesCityNamedForItsClub(t *testing.T) {
	es := entitiesOf(t, "Cincinnati beat Pittsburgh 24-10 on Sunday. The quarterback threw two touchdowns and the coach praised the league.")
	assert.Equal(t, TypeOrg, typeOf(es, "Cincinnati"), "%v", names(es))
	assert.Equal(t, TypeOrg, typeOf(es, "Pittsburgh"), "%v", names(es))
	es = entitiesOf(t, "Leeds were relegated after a goalless draw. The striker blamed the referee, and Leeds boss Ann Hart said the league was hard.")
	assert.Equal(t, TypeOrg, typeOf(es, "Leeds"), "%v", names(es))
	es = entitiesOf(t, "Leeds won 2-1 on Saturday. The Leeds manager praised the striker and the referee.")
	assert.Equal(t, TypeOrg, typeOf(es, "Leeds"), "%v", names(es))
	es = entitiesOf(t, "The tournament is backed by a group co-founded by Barcelona soccer player Gerard Pique, and the singles and doubles sold out.")
	assert.Equal(t, TypeOrg, typeOf(es, "Barcelona"), "%v", names(es))
}

// One mention that reads as a place keeps the city a place; countries
// stay places; outside a sports report nothing changes.
func TestEntitiesCityStaysPlace(t *testing.T) {
	es := entitiesOf(t, "The rematch in Pittsburgh was moved. Pittsburgh center Tom Vail was banned by the league, and the quarterback and coach agreed.")
	assert.Equal(t, TypeGPE, typeOf(es, "Pittsburgh"), "%v", names(es))
	es = entitiesOf(t, "Spain beat Russia 2-1 in the tennis tournament after the singles and the doubles.")
	assert.Equal(t, TypeGPE, typeOf(es, "Spain"), "%v", names(es))
	assert.Equal(t, TypeGPE, typeOf(es, "Russia"), "%v", names(es))
	es = entitiesOf(t, "The striker, a Leeds native, scored twice; the coach said the league would review the referee's call.")
	assert.Equal(t, TypeGPE, typeOf(es, "Leeds"), "%v", names(es))
	es = entitiesOf(t, "Ohio’s governor praised the quarterback. The coach said the league was fair, and Ohio beat Texas 24-10.")
	assert.Equal(t, TypeGPE, typeOf(es, "Ohio"), "%v", names(es))
	es = entitiesOf(t, "Cincinnati beat inflation last year, the mayor said.")
	assert.Equal(t, TypeGPE, typeOf(es, "Cincinnati"), "%v", names(es))
	// A long article with a few words on sport is no sports report.
	long := strings.Repeat("The city grew along the river and its people built mills, schools and parks over many years. ", 40)
	es = entitiesOf(t, long+"Cincinnati hosts a league team, a tournament and a rugby club.")
	assert.Equal(t, TypeGPE, typeOf(es, "Cincinnati"), "%v", names(es))
}
