package nlp

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSpanLookups(t *testing.T) {
	d := &Doc{
		Text:       "One two.\n\nThree.",
		Paragraphs: []Span{{0, 8}, {10, 16}},
		Sentences:  []Sentence{{Span: Span{0, 8}}, {Span: Span{10, 16}, Paragraph: 1}},
	}
	for off, want := range map[int]int{0: 0, 7: 0, 8: -1, 9: -1, 10: 1, 15: 1, 16: -1, -1: -1} {
		assert.Equal(t, want, d.ParagraphAt(off), "paragraph at %d", off)
		assert.Equal(t, want, d.SentenceAt(off), "sentence at %d", off)
	}
	assert.Equal(t, -1, (&Doc{}).SentenceAt(0), "no sentences")
}
