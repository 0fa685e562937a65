package nlp

import (
	"context"
	"testing"

	"github.com/jdkato/prose/v3"
	"github.com/stretchr/testify/require"
)

// FuzzAnnotate: no text may panic the annotator, and every token and
// candidate must be the text at its offsets.
func FuzzAnnotate(f *testing.F) {
	for _, s := range append(labelTexts, "", "\n\n", "İnf 0 *T*-1 -LRB- :-) @bbc well-known 1999", "a\xffb C\xe2\x82 D") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := Annotate(context.Background(), text)
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range d.Tokens {
			if d.Slice(tk.Span()) != tk.Text {
				t.Fatalf("token %q at %d is %q in the text", tk.Text, tk.Start, d.Slice(tk.Span()))
			}
		}
		for _, c := range d.Candidates {
			if d.Slice(c.Span) != c.Text {
				t.Fatalf("candidate %q at %v is %q in the text", c.Text, c.Span, d.Slice(c.Span))
			}
		}
	})
}

// FuzzModelsAsProse: on any text, the tagger and the entity labeller give
// prose's own tags and labels, token for token.
func FuzzModelsAsProse(f *testing.F) {
	for _, s := range append(labelTexts, "İnf 0 *T*-1 -LRB- :-) @bbc well-known 1999", "a\xffb C\xe2\x82 D", "O'Neill McDONALD X-Men") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		pd, err := prose.NewDocument(text, prose.WithExtraction(false), prose.WithTagging(false))
		if err != nil {
			t.Skip()
		}
		requireSameTags(t, pd.Tokens(), text)
		pd, err = prose.NewDocument(text, prose.WithExtraction(false))
		if err != nil {
			t.Skip()
		}
		require.Equal(t, proseLabels(t, pd.Tokens()), ourLabels(t, pd.Tokens()), text)
	})
}
