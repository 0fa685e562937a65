package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsfacts/newsfacts/internal/nlp"
)

// entitiesOf annotates text and returns its entities, checking that every
// mention's span holds exactly its text.
func entitiesOf(t *testing.T, text string) []Entity {
	t.Helper()
	d, err := nlp.Annotate(context.Background(), text)
	require.NoError(t, err)
	es := Entities(d, DefaultLexicon())
	for _, e := range es {
		for _, m := range e.Mentions {
			require.Equal(t, m.Text, text[m.Start:m.End], "entity %s", e.Name)
		}
	}
	return es
}

// find returns the entity named name, or nil.
func find(es []Entity, name string) *Entity {
	for i := range es {
		if es[i].Name == name {
			return &es[i]
		}
	}
	return nil
}

// names returns "TYPE:Name" for every entity, in order.
func names(es []Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Type + ":" + e.Name
	}
	return out
}

func mentionTexts(e *Entity) []string {
	var out []string
	for _, m := range e.Mentions {
		out = append(out, m.Text)
	}
	return out
}

func TestEntitiesHonorificsAndShortForms(t *testing.T) {
	es := entitiesOf(t, "The plan was backed by Sir Keir Starmer on Monday. Critics said Sir Keir had waited too long, and Starmer's team agreed.")
	e := find(es, "Keir Starmer")
	require.NotNil(t, e, "%v", names(es))
	assert.Equal(t, TypePerson, e.Type)
	assert.Equal(t, "male", e.Gender)
	assert.Equal(t, []string{"Sir Keir Starmer", "Sir Keir", "Starmer"}, mentionTexts(e))
	assert.Len(t, es, 1, "%v", names(es))
}

func TestEntitiesTitleSurname(t *testing.T) {
	es := entitiesOf(t, "Labour councillors include activists Ella Rose and Liron Velleman. Ms Rose was elected in Whetstone. Mr Velleman is a policy officer.")
	rose := find(es, "Ella Rose")
	require.NotNil(t, rose, "%v", names(es))
	assert.Equal(t, []string{"Ella Rose", "Ms Rose"}, mentionTexts(rose))
	assert.Equal(t, "female", rose.Gender)
	v := find(es, "Liron Velleman")
	require.NotNil(t, v, "%v", names(es))
	assert.Equal(t, []string{"Liron Velleman", "Mr Velleman"}, mentionTexts(v))
}

func TestEntitiesSplitsPlacePartyRoleName(t *testing.T) {
	es := entitiesOf(t, "Thanking voters, Swansea Labour MP Carolyn Harris said the result was historic.")
	assert.Equal(t, []string{"GPE:Swansea", "ORG:Labour", "PERSON:Carolyn Harris"}, names(es))
	assert.Equal(t, "Labour MP", find(es, "Carolyn Harris").Role)
	assert.Equal(t, "party", find(es, "Labour").Subtype)
}

func TestEntitiesAdjectivesAreNotEntities(t *testing.T) {
	es := entitiesOf(t, "It was a win among Jewish voters after years of a Conservative government and three Conservative MPs.")
	assert.Empty(t, es, "%v", names(es))
}

func TestEntitiesTrimsPossessives(t *testing.T) {
	es := entitiesOf(t, "Labour has seized control of Britain’s most Jewish council.")
	b := find(es, "Britain")
	require.NotNil(t, b, "%v", names(es))
	assert.Equal(t, TypeGPE, b.Type)
	assert.Equal(t, "Britain", b.Mentions[0].Text)
}

func TestEntitiesOrganisationSuffixes(t *testing.T) {
	es := entitiesOf(t, "Ms Rose, a former Union of Jewish Students President, joined the Jewish Labour Movement and later the Fort Worth Police Department.")
	for _, n := range []string{"Union of Jewish Students", "Jewish Labour Movement", "Fort Worth Police Department"} {
		e := find(es, n)
		require.NotNil(t, e, "%s in %v", n, names(es))
		assert.Equal(t, TypeOrg, e.Type, n)
	}
}

func TestEntitiesWordLists(t *testing.T) {
	es := entitiesOf(t, "He told the BBC on Monday and later posted on Twitter, Labour List reported.")
	assert.Equal(t, []string{"ORG:BBC", "ORG:Twitter", "ORG:Labour List"}, names(es))
	assert.Equal(t, "outlet", es[0].Subtype)
	assert.Equal(t, "platform", es[1].Subtype)
}

func TestEntitiesPartyAliases(t *testing.T) {
	es := entitiesOf(t, "Overnight the Conservatives lost 14 seats. The Conservative Party blamed the Tories in Westminster.")
	c := find(es, "Conservative Party")
	require.NotNil(t, c, "%v", names(es))
	assert.Equal(t, []string{"Conservatives", "Conservative Party", "Tories"}, mentionTexts(c))
}

func TestEntitiesCouncil(t *testing.T) {
	es := entitiesOf(t, "Winning a majority on Barnet council was a first for the party in Barnet.")
	assert.NotNil(t, find(es, "Barnet council"), "%v", names(es))
	b := find(es, "Barnet")
	require.NotNil(t, b, "%v", names(es))
	assert.Equal(t, TypeGPE, b.Type)
}

func TestEntitiesSentenceOpenersAreDropped(t *testing.T) {
	es := entitiesOf(t, "Conceding defeat, the former leader Danial Thomas told the BBC the result was poor. Hailing the win, he left.")
	assert.Equal(t, []string{"PERSON:Danial Thomas", "ORG:BBC"}, names(es))
}

func TestEntitiesAcronymJoinsFullName(t *testing.T) {
	es := entitiesOf(t, "The National Institute on Drug Abuse (NIDA) funds the work. NIDA said it would continue.")
	e := find(es, "National Institute on Drug Abuse")
	require.NotNil(t, e, "%v", names(es))
	assert.Len(t, e.Mentions, 3)
}

func TestEntitiesOrderAndIDs(t *testing.T) {
	es := entitiesOf(t, "Angela Merkel met Emmanuel Macron in Paris. Merkel spoke first.")
	require.Equal(t, []string{"PERSON:Angela Merkel", "PERSON:Emmanuel Macron", "GPE:Paris"}, names(es))
	for i, e := range es {
		assert.Equal(t, "e"+itoa(i+1), e.ID)
	}
	assert.Len(t, es[0].Mentions, 2)
}
