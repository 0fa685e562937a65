package pipeline

import (
	"testing"

	"github.com/newsfacts/newsfacts/extract"
	"github.com/stretchr/testify/assert"
)

func TestSpanErrors(t *testing.T) {
	s := newSheet("a", "a.txt")
	s.Text = "Ms Rose said “yes” in Barnet."
	s.Entities = []extract.Entity{{Name: "Ella Rose", Mentions: []extract.Mention{{Text: "Ms Rose", Span: extract.Span{Start: 0, End: 7}}}}}
	s.Quotes = []extract.Quote{{Text: "yes", Span: extract.Span{Start: 16, End: 19}, CueSpan: &extract.Span{Start: 8, End: 12}}}
	assert.Empty(t, SpanErrors(s))

	s.Quotes[0].CueSpan = &extract.Span{Start: 14, End: 16}
	s.Numbers = []extract.Number{{Text: "x", Span: extract.Span{Start: 5, End: 99}}}
	s.Claims = []extract.Claim{{Text: "Barnet", Span: extract.Span{Start: 27, End: 33}}}
	assert.Equal(t, []string{
		"quotes[0].cue_span: span [14:16] cuts a UTF-8 character",
		"numbers[0]: span [5:99] is outside the text (33 bytes)",
		`claims[0]: text[27:33] is "arnet.", not "Barnet"`,
	}, SpanErrors(s))
}
