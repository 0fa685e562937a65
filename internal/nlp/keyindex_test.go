package nlp

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKeyIndex(t *testing.T) {
	x := newKeyIndex(2) // grows past its first size
	want := map[string]int{}
	for i := range 1000 {
		k := fmt.Sprintf("word-%d", i)
		want[k] = x.add(k)
		require.Equal(t, i, want[k])
	}
	assert.Equal(t, 5, x.add("word-5"), "a known key keeps its number")
	assert.Equal(t, 1000, x.len())
	for k, n := range want {
		assert.Equal(t, n, x.find([]byte(k)), k)
	}
	for _, k := range []string{"", "word-", "word-1000", "Word-1", "word-1 "} {
		assert.Equal(t, -1, x.find([]byte(k)), k)
	}
	assert.Equal(t, 1000, x.add(""), "the empty key is a key too")
	assert.Equal(t, 1000, x.find(nil))
}
