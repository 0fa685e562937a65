package nlp

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAnnotateOffsets(t *testing.T) {
	text := "Labour has seized control of Britain’s most Jewish council. Sir Keir Starmer said “hi”.\n\nMs Rose, 31, was elected in Whetstone ward."
	d, err := Annotate(context.Background(), text)
	require.NoError(t, err)
	require.Len(t, d.Paragraphs, 2)
	require.GreaterOrEqual(t, len(d.Sentences), 3)
	for _, tk := range d.Tokens {
		require.Equal(t, tk.Text, d.Slice(tk.Span()))
	}
	for _, c := range d.Candidates {
		require.Equal(t, c.Text, d.Slice(c.Span))
	}
	for i, s := range d.Sentences {
		require.True(t, d.Paragraphs[s.Paragraph].Contains(s.Span), "sentence %d", i)
		require.Equal(t, i, d.SentenceAt(s.Start))
	}
}
