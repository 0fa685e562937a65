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
